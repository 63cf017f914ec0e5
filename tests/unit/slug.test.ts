import { describe, expect, it } from "vitest";
import { fileSafe, KEY_PATTERN, keyFromName, MAX_KEY_LENGTH, slugify } from "@/lib/slug";

describe("slugs", () => {
  it("lower-cases a name and joins its words with single hyphens", () => {
    expect(slugify("Synology NAS")).toBe("synology-nas");
    expect(slugify("  Hyper-V  host -- 1 ")).toBe("hyper-v-host-1");
    expect(slugify("Nightly (to NAS) @ 23:00")).toBe("nightly-to-nas-23-00");
    expect(slugify("--nas--")).toBe("nas");
  });

  it("drops accents, and spells letters NFKD keeps whole in ASCII", () => {
    expect(slugify("Café Serveur")).toBe("cafe-serveur");
    expect(slugify("Sauvegarde chiffrée à Nîmes")).toBe("sauvegarde-chiffree-a-nimes");
    expect(slugify("Łódź Straße Ærø")).toBe("lodz-strasse-aero");
    expect(slugify("İSTANBUL")).toBe("istanbul");
    // Compatibility forms read as their letters: full-width, ligatures, circled digits.
    expect(slugify("ＮＡＳ ﬁle ①")).toBe("nas-file-1");
  });

  it("leaves nothing of a name of only symbols or other scripts", () => {
    expect(slugify("???")).toBe("");
    expect(slugify("—")).toBe("");
    expect(slugify("")).toBe("");
    expect(slugify("東京 🙂")).toBe("");
  });

  it("keeps a leading number", () => {
    expect(slugify("2nd floor NAS")).toBe("2nd-floor-nas");
    expect(slugify("01")).toBe("01");
  });

  it("cuts a long name to 60 characters, never ending in a hyphen", () => {
    const long = slugify("Offsite ".repeat(20));
    expect(long.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(long).toMatch(KEY_PATTERN);
    expect(long.endsWith("-")).toBe(false);
    // 59 letters, then a space: the cut lands on the hyphen, which goes.
    expect(slugify(`${"a".repeat(59)} bcd`)).toBe("a".repeat(59));
    expect(slugify("a".repeat(100))).toBe("a".repeat(60));
  });
});

describe("keys made from names", () => {
  it("is the name's slug when the plan has no such key", () => {
    expect(keyFromName("Synology NAS", "location")).toBe("synology-nas");
    expect(keyFromName("Café Serveur", "host", ["nas", "cafe"])).toBe("cafe-serveur");
  });

  it("is the kind for a name of only symbols", () => {
    expect(keyFromName("???", "location")).toBe("location");
    expect(keyFromName("!", "host")).toBe("host");
    expect(keyFromName("*", "policy")).toBe("policy");
    expect(keyFromName("#", "scenario", ["scenario"])).toBe("scenario-2");
  });

  it("adds -2, -3, … when the key is taken", () => {
    expect(keyFromName("NAS", "location", ["nas"])).toBe("nas-2");
    expect(keyFromName("NAS", "location", ["nas", "nas-2"])).toBe("nas-3");
    // A name that slugs to a taken suffixed key moves on too.
    expect(keyFromName("NAS 2", "location", ["nas", "nas-2"])).toBe("nas-2-2");
    expect(keyFromName("nas", "location", new Set(["nas", "nas-2", "nas-3", "nas-4", "nas-5", "nas-6", "nas-7", "nas-8", "nas-9"]))).toBe("nas-10");
  });

  it("stays within 60 characters with its suffix, never with a hyphen before it doubled", () => {
    const name = "b".repeat(60);
    expect(keyFromName(name, "host", [name])).toBe(`${"b".repeat(58)}-2`);
    // The cut for the suffix lands after a hyphen: it goes.
    const hyphenated = `${"c".repeat(57)}-dd`;
    const key = keyFromName(hyphenated, "host", [hyphenated]);
    expect(key).toBe(`${"c".repeat(57)}-2`);
    // A longer suffix cuts one more character.
    const taken = [name, ...Array.from({ length: 8 }, (_, i) => `${"b".repeat(58)}-${i + 2}`)];
    expect(keyFromName(name, "host", taken)).toBe(`${"b".repeat(57)}-10`);
  });

  it("always makes a key the recovery model accepts", () => {
    for (const name of ["Synology NAS", "???", "2nd floor", "Café", "a".repeat(200), "-x-", "東京"]) {
      const key = keyFromName(name, "location", [slugify(name) || "location"]);
      expect(key).toMatch(KEY_PATTERN);
      expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    }
  });
});

describe("file names", () => {
  it("is a name's slug, or plan when nothing is left", () => {
    expect(fileSafe("Bristol operations")).toBe("bristol-operations");
    expect(fileSafe("Café plan")).toBe("cafe-plan");
    expect(fileSafe("!!!")).toBe("plan");
  });
});
