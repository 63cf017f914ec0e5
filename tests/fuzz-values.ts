/**
 * Malformed input for the fuzz tests of every tier (unit, integration, e2e): values a hand-made
 * request, a broken client or a hostile user could send in place of a form field.
 */
import fc from "fast-check";

/** Strings that break naive parsing: control characters, NUL, lone surrogates, numbers in disguise. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\t\r\n",
    "\u0000",
    "a\u0000b",
    "\u0001\u0008\u001b\u007f",
    "\ud800",
    "\udfff\ud800",
    "\u202e\u200b\ufeff",
    "💥🧨",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1",
    "-0",
    "0x10",
    "1_000",
    "99999999999999999999999",
    "2147483648",
    "9007199254740993",
    "1.5",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "<script>alert(1)</script>",
    "'; DROP TABLE \"Plan\"; --",
    "=1+1",
    "{}",
    "[]",
    "null",
    "undefined",
    "true",
    "2026-02-30",
    "2026-13-01T25:61:00Z",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\u001f", "\ud800", "a", ",", '"', "\n", ";"), maxLength: 30 }),
  fc.constantFrom(1_000, 5_000, 60_000, 300_000).map((n) => "x".repeat(n)),
);

/** Numbers no form would send: non-finite, negative, overflowing, fractional where ints are due. */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, -0, 0.5, 2 ** 31, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, -(2 ** 63)),
  fc.double(),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);

/** Keys that pollute prototypes when an object is built naively. */
export const pollutingKey = fc.constantFrom("__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString");

/** Any value of the wrong shape for a form field: objects, arrays, booleans, nulls, odd numbers. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, [], {}, [""], ["a", "a"], { toString: "x" }, BigInt(10)) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(pollutingKey, fc.string({ maxLength: 8 })), nastyString, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/**
 * A valid input with one field replaced by a malformed value, one removed, or extra fields added
 * (prototype-polluting names included). `field` is the key that was tampered with.
 */
export function tampered<T extends Record<string, unknown>>(valid: T): fc.Arbitrary<{ input: Record<string, unknown>; field: string }> {
  const keys = Object.keys(valid);
  const replaced = fc.record({ field: fc.constantFrom(...keys), value: nastyValue }).map(({ field, value }) => ({
    input: { ...valid, [field]: value },
    field,
  }));
  const removed = fc.constantFrom(...keys).map((field) => {
    const input: Record<string, unknown> = { ...valid };
    delete input[field];
    return { input, field };
  });
  const extra = fc.record({ key: fc.oneof(pollutingKey, fc.string({ maxLength: 12 })), value: nastyValue }).map(({ key, value }) => {
    const input: Record<string, unknown> = { ...valid };
    Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
    return { input, field: key };
  });
  return fc.oneof({ weight: 6, arbitrary: replaced }, { weight: 1, arbitrary: removed }, { weight: 1, arbitrary: extra });
}

/**
 * What a form post can carry: every value a string (FormData's text entries), keys and values
 * malformed. The shape the server actions hand to the use cases (lib/http/action-state.ts).
 */
export function tamperedForm<T extends Record<string, string>>(valid: T): fc.Arbitrary<{ input: Record<string, string>; field: string }> {
  return fc.record({ field: fc.constantFrom(...Object.keys(valid)), value: nastyString }).map(({ field, value }) => ({
    input: { ...valid, [field]: value },
    field,
  }));
}

/** zod's own wording, which the app replaces with sentences (lib/validation.ts). */
export const JARGON = /Invalid input|expected \w+, received|Too (small|big)|Invalid (option|string|number|element|key|union|format)|Unrecognized key|>=|<=/;
