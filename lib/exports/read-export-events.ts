/**
 * Reads an organisation export (format.ts) as a stream of text, never holding more than one row:
 * an export with its evidence files can pass V8's longest string (about 512 MB), which a whole-file
 * `JSON.parse` cannot read. The structure the format fixes (the document, its tables, each table's
 * rows) is followed here, character by character; every other value — a top-level field, a table's
 * name and binary columns, a row — is cut out whole and given to `JSON.parse`, which checks it.
 * A table's rows must come after its name and binary columns, as `JSON.stringify` writes them.
 */

export type ExportEvent =
  | { kind: "field"; key: string; value: unknown }
  | { kind: "table"; header: Record<string, unknown> }
  | { kind: "row"; row: unknown };

/** What the text is not: JSON at all, or the shape of an export. */
export class ExportTextError extends Error {
  constructor(readonly reason: "json" | "shape", message: string) {
    super(message);
  }
}

const notJson = () => new ExportTextError("json", "The file is not valid JSON.");
const notExport = (detail: string) => new ExportTextError("shape", `The file is not an organisation export: ${detail}.`);

type Frame =
  | { kind: "root"; expect: Expect; key: string | null }
  | { kind: "tables"; expect: Expect }
  | { kind: "table"; expect: Expect; key: string | null; header: Record<string, unknown>; rows: boolean }
  | { kind: "rows"; expect: Expect };

/** key: an object's next key or its end; colon; value: an object's value or an array's element. */
type Expect = "keyOrEnd" | "key" | "colon" | "value" | "valueOrEnd" | "commaOrEnd";

type Capture = { pieces: string[]; depth: number; inString: boolean; escaped: boolean; primitive: boolean; isKey: boolean };

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];
const STRING_STOP = /["\\]/g;

export async function* readExportEvents(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ExportEvent> {
  const stack: Frame[] = [];
  let finished = false;
  let capture: Capture | null = null;
  let events: ExportEvent[] = [];

  const top = () => stack[stack.length - 1];
  const isObject = (frame: Frame) => frame.kind === "root" || frame.kind === "table";

  /** A value (or key) is read whole: hand it to its frame. */
  function deliver(text: string, isKey: boolean) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw notJson();
    }
    const frame = top();
    if (isKey) {
      if (frame.kind !== "root" && frame.kind !== "table") throw notJson();
      frame.key = value as string;
      frame.expect = "colon";
      return;
    }
    if (frame.kind === "root") events.push({ kind: "field", key: frame.key!, value });
    else if (frame.kind === "table") {
      if (frame.rows) throw notExport("a table's name and binary columns must come before its rows");
      frame.header[frame.key!] = value;
    } else if (frame.kind === "rows") events.push({ kind: "row", row: value });
    frame.expect = "commaOrEnd";
  }

  function close() {
    const frame = stack.pop()!;
    if (frame.kind === "table" && !frame.rows) throw notExport("a table has no rows");
    if (stack.length === 0) finished = true;
    else top().expect = "commaOrEnd";
  }

  /** Opens the value starting at `text[i]`: a level of the export's structure, or a value to cut out. */
  function open(text: string, i: number): number {
    const frame = top();
    const c = text.charCodeAt(i);
    if (frame.kind === "root" && frame.key === "tables") {
      if (c !== OPEN_ARRAY) throw notExport("its tables are not a list");
      stack.push({ kind: "tables", expect: "valueOrEnd" });
      return i + 1;
    }
    if (frame.kind === "tables") {
      if (c !== OPEN_OBJECT) throw notExport("one of its tables is not an object");
      stack.push({ kind: "table", expect: "keyOrEnd", key: null, header: {}, rows: false });
      return i + 1;
    }
    if (frame.kind === "table" && frame.key === "rows") {
      if (c !== OPEN_ARRAY) throw notExport("a table's rows are not a list");
      if (frame.rows) throw notExport("a table has two lists of rows");
      frame.rows = true;
      events.push({ kind: "table", header: frame.header });
      stack.push({ kind: "rows", expect: "valueOrEnd" });
      return i + 1;
    }
    return startCapture(text, i, false);
  }

  function startCapture(text: string, i: number, isKey: boolean): number {
    const c = text.charCodeAt(i);
    const nested = c === OPEN_OBJECT || c === OPEN_ARRAY;
    capture = { pieces: [], depth: nested ? 1 : 0, inString: c === QUOTE, escaped: false, primitive: !nested && c !== QUOTE, isKey };
    return continueCapture(text, i + 1, i);
  }

  /** Reads on from `j` until the captured value ends (or the chunk does); `start` is where this chunk's piece begins. */
  function continueCapture(text: string, j: number, start: number): number {
    const cap = capture!;
    const end = (at: number) => {
      cap.pieces.push(text.slice(start, at));
      capture = null;
      deliver(cap.pieces.join(""), cap.isKey);
      return at;
    };
    if (cap.escaped) {
      cap.escaped = false;
      j += 1;
    }
    while (j < text.length) {
      if (cap.inString) {
        STRING_STOP.lastIndex = j;
        const stop = STRING_STOP.exec(text);
        if (!stop) {
          j = text.length;
          break;
        }
        j = stop.index;
        if (text.charCodeAt(j) === BACKSLASH) {
          if (j + 1 < text.length) j += 2;
          else {
            cap.escaped = true;
            j += 1;
          }
          continue;
        }
        j += 1;
        cap.inString = false;
        if (cap.depth === 0) return end(j);
        continue;
      }
      const c = text.charCodeAt(j);
      if (cap.primitive) {
        if (SPACE.has(c) || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === COLON) return end(j);
        j += 1;
        continue;
      }
      if (c === QUOTE) cap.inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) cap.depth += 1;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        cap.depth -= 1;
        if (cap.depth === 0) return end(j + 1);
      }
      j += 1;
    }
    cap.pieces.push(text.slice(start, j));
    return j;
  }

  function feed(text: string) {
    let i = 0;
    while (i < text.length) {
      if (capture) {
        i = continueCapture(text, i, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (SPACE.has(c)) {
        i += 1;
        continue;
      }
      if (finished) throw notJson();
      if (stack.length === 0) {
        if (c !== OPEN_OBJECT) throw c === OPEN_ARRAY || c === QUOTE ? notExport("it is not a JSON object") : notJson();
        stack.push({ kind: "root", expect: "keyOrEnd", key: null });
        i += 1;
        continue;
      }
      const frame = top();
      const closer = isObject(frame) ? CLOSE_OBJECT : CLOSE_ARRAY;
      switch (frame.expect) {
        case "keyOrEnd":
        case "key":
          if (c === CLOSE_OBJECT && frame.expect === "keyOrEnd") {
            close();
            i += 1;
          } else if (c === QUOTE) i = startCapture(text, i, true);
          else throw notJson();
          break;
        case "colon":
          if (c !== COLON) throw notJson();
          frame.expect = "value";
          i += 1;
          break;
        case "valueOrEnd":
        case "value":
          if (c === CLOSE_ARRAY && frame.expect === "valueOrEnd") {
            close();
            i += 1;
          } else if (c === COMMA || c === COLON || c === CLOSE_OBJECT || c === CLOSE_ARRAY) throw notJson();
          else i = open(text, i);
          break;
        case "commaOrEnd":
          if (c === COMMA) frame.expect = isObject(frame) ? "key" : "value";
          else if (c === closer) close();
          else throw notJson();
          i += 1;
          break;
      }
    }
  }

  for await (const chunk of chunks) {
    feed(chunk);
    if (events.length) {
      const ready = events;
      events = [];
      yield* ready;
    }
  }
  // A primitive at the very end has no delimiter after it, but only the root may end the text.
  if (capture || !finished) throw notJson();
}
