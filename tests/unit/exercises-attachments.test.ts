import { describe, expect, it } from "vitest";
import { checkAttachment, cleanFileName, MAX_ATTACHMENT_BYTES, normaliseType } from "@/lib/exercises/attachment-rules";
import { contentDisposition, evidenceDownload } from "@/lib/http/download";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const text = (s: string) => new TextEncoder().encode(s);

describe("attachment rules", () => {
  it("accepts an image whose bytes match its declared type and a log file sent without a type", () => {
    expect(checkAttachment({ fileName: "restore.png", declaredType: "image/png", bytes: PNG })).toEqual({ ok: true, contentType: "image/png" });
    expect(checkAttachment({ fileName: "veeam.log", declaredType: "application/octet-stream", bytes: text("Job finished\n") })).toEqual({
      ok: true,
      contentType: "text/plain",
    });
  });

  it("refuses a file whose bytes contradict its type, an unknown type, an empty and an oversized file", () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00]);
    expect(checkAttachment({ fileName: "shot.png", declaredType: "image/png", bytes: exe })).toMatchObject({ ok: false, message: expect.stringContaining("not a PNG image") });
    expect(checkAttachment({ fileName: "notes.txt", declaredType: "text/plain", bytes: exe })).toMatchObject({ ok: false });
    expect(checkAttachment({ fileName: "setup.exe", declaredType: "application/x-msdownload", bytes: exe })).toMatchObject({
      ok: false,
      message: expect.stringContaining("cannot be attached"),
    });
    expect(checkAttachment({ fileName: "a.txt", declaredType: "text/plain", bytes: new Uint8Array() })).toEqual({ ok: false, message: "The file is empty." });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    expect(checkAttachment({ fileName: "big.pdf", declaredType: "application/pdf", bytes: big })).toEqual({
      ok: false,
      message: "The file is 10.0 MB; the limit is 10.0 MB.",
    });
  });

  it("refuses types and extensions named like the properties every object has", () => {
    const bytes = new TextEncoder().encode("hello");
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(checkAttachment({ fileName: "notes", declaredType: name, bytes })).toEqual({ ok: false, message: expect.stringContaining(`Files of type “${name.toLowerCase()}” cannot be attached`) });
      expect(checkAttachment({ fileName: `notes.${name}`, declaredType: "", bytes })).toMatchObject({ ok: false });
    }
  });

  it("decides by the extension when the declared type is not one we accept, then checks the content", () => {
    const log = text("2026-11-20 02:00 Backup job finished\n");
    expect(checkAttachment({ fileName: "veeam.log", declaredType: "text/x-log", bytes: log })).toEqual({ ok: true, contentType: "text/plain" });
    expect(checkAttachment({ fileName: "restores.csv", declaredType: "application/vnd.ms-excel", bytes: text("system,minutes\nERP,95\n") })).toEqual({
      ok: true,
      contentType: "text/csv",
    });
    expect(checkAttachment({ fileName: "job.LOG", declaredType: "", bytes: log })).toEqual({ ok: true, contentType: "text/plain" });
    // The extension only names the type: a binary file called .log is still refused.
    expect(checkAttachment({ fileName: "payload.log", declaredType: "text/x-log", bytes: new Uint8Array([0x4d, 0x5a, 0x00, 0x01]) })).toMatchObject({
      ok: false,
      message: "The file's content is not a text or log file, although its type says so.",
    });
    // A listed declaration is trusted as the type to check: a PNG claim on a text file fails its magic bytes.
    expect(checkAttachment({ fileName: "notes.txt", declaredType: "image/png", bytes: log })).toMatchObject({ ok: false, message: expect.stringContaining("not a PNG image") });
    expect(checkAttachment({ fileName: "macro.xls", declaredType: "application/vnd.ms-excel", bytes: log })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Files of type “application/vnd.ms-excel” cannot be attached"),
    });
  });

  it("normalises types and file names and builds a safe Content-Disposition", () => {
    expect(normaliseType("Text/CSV; charset=utf-8", "x.csv")).toBe("text/csv");
    expect(cleanFileName("C:\\logs\\..\\restore \"run\".log")).toBe("restore run.log");
    expect(cleanFileName("/")).toBe("attachment");
    expect(contentDisposition("Prüfung 1.pdf")).toBe(`attachment; filename="Pr_fung 1.pdf"; filename*=UTF-8''Pr%C3%BCfung%201.pdf`);
  });

  it("downloads evidence stored before names were checked under the extension of its checked type", () => {
    const file = (fileName: string, contentType: string) => ({ fileName, contentType, sizeBytes: 1, sha256: "0".repeat(64), data: new Uint8Array([65]) });
    const named = (fileName: string, contentType: string) => evidenceDownload(file(fileName, contentType)).headers.get("content-disposition");
    expect(named("restore.bat", "text/plain")).toBe(contentDisposition("restore.bat.txt"));
    expect(named("page.html", "application/json")).toBe(contentDisposition("page.html.json"));
    expect(named("veeam.log", "text/plain")).toBe(contentDisposition("veeam.log"));
  });
});
