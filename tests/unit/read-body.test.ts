import { describe, expect, it } from "vitest";
import { readBodyUpTo } from "@/lib/http/read-body";

/** A body that counts the chunks pulled from it, without a Content-Length. */
function streamed(chunks: string[]) {
  let pulled = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks.length) return controller.close();
      controller.enqueue(encoder.encode(chunks[pulled++]));
    },
  });
  return { request: new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit), pulled: () => pulled };
}

describe("reading an import's body up to the limit", () => {
  it("reads a body within the limit as UTF-8 text", async () => {
    expect(await readBodyUpTo(new Request("http://x/", { method: "POST", body: "name\nDC01 – é\n" }), 100)).toBe("name\nDC01 – é\n");
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    // The body itself is small: only the declared length can have refused it.
    const declared = new Request("http://x/", { method: "POST", body: "a".repeat(10), headers: { "content-length": "101" } });
    expect(await readBodyUpTo(declared, 100)).toBeNull();
    expect(declared.bodyUsed).toBe(false);
  });

  it("stops reading a body without a length as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(["a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60)]);
    expect(await readBodyUpTo(request, 100)).toBeNull();
    expect(pulled()).toBeLessThan(4);
  });
});
