/**
 * What evidence may be attached to a test: size and type limits, checked against both the type
 * the browser declared and, for images and PDFs, the file's own first bytes (a renamed
 * executable must not pass as a screenshot). Pure and safe to import in the browser, which
 * checks the size before uploading.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_TYPES = {
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "image/gif": "GIF image",
  "image/webp": "WebP image",
  "application/pdf": "PDF",
  "text/plain": "text or log file",
  "text/csv": "CSV",
  "application/json": "JSON",
} as const;

export type AllowedType = keyof typeof ALLOWED_TYPES;

export const ACCEPT_ATTRIBUTE = ".png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.log,.csv,.json";

// The type a file's extension stands for, when its declared type is none we accept.
const BY_EXTENSION: Record<string, AllowedType> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  pdf: "application/pdf",
  txt: "text/plain",
  log: "text/plain",
  csv: "text/csv",
  json: "application/json",
};

// The extension evidence of each type is stored under when its own name ends in none of ours.
const EXTENSION_OF: Record<AllowedType, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/pdf": "pdf",
  "text/plain": "txt",
  "text/csv": "csv",
  "application/json": "json",
};

const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const MAGIC: Partial<Record<AllowedType, (bytes: Uint8Array) => boolean>> = {
  "image/png": (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  "image/jpeg": (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  "image/gif": (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")),
  "image/webp": (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8),
  "application/pdf": (b) => startsWith(b, ascii("%PDF-")),
};

function isText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type to check the file as: the declared type (parameters and case removed) when it is one
 * we accept; otherwise the extension's. Browsers and systems declare the same file differently
 * (nothing or octet-stream for a .log, Chromium text/x-log, Windows with Excel
 * application/vnd.ms-excel for a .csv), so an unlisted declaration is not trusted either way:
 * the extension names the type and the content check decides. With neither, the declared type
 * is returned, for the refusal to name it.
 */
export function normaliseType(declared: string, fileName: string): string {
  const type = declared.split(";")[0].trim().toLowerCase();
  // Own keys only: an extension or type such as "__proto__" or "constructor" is no known type.
  if (Object.hasOwn(ALLOWED_TYPES, type)) return type;
  const extension = fileName.includes(".") ? (fileName.toLowerCase().split(".").pop() ?? "") : "";
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : type;
}

/**
 * A file name safe to store and to send back in a header: no folders, no control characters,
 * whole characters only (cut by code point, lone surrogates replaced: half an emoji cannot be
 * stored or URL-encoded).
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = [...base.toWellFormed().replace(/[\u0000-\u001f\u007f"]/g, "").trim()].slice(-200).join("");
  return cleaned || "attachment";
}

/**
 * The name evidence is stored and downloaded under: its own when it ends in an extension evidence
 * may have, else with the extension of the type it was checked as added. The content check cannot
 * tell a script or a web page from a log (all are text), and the type a file is checked as may
 * come from what the browser declared rather than from its name, so "restore.bat" sent as
 * text/plain would otherwise be saved by whoever downloads it as a script their system runs on a
 * double-click; it downloads as "restore.bat.txt". Applied on upload and again on download, for
 * evidence stored before.
 */
export function evidenceFileName(fileName: string, contentType: string): string {
  const extension = fileName.includes(".") ? (fileName.toLowerCase().split(".").pop() ?? "") : "";
  if (Object.hasOwn(BY_EXTENSION, extension)) return fileName;
  // Stored evidence always has one of the allowed types; anything else downloads as opaque bytes.
  return `${fileName}.${Object.hasOwn(EXTENSION_OF, contentType) ? EXTENSION_OF[contentType as AllowedType] : "bin"}`;
}

export type AttachmentCheck = { ok: true; contentType: AllowedType } | { ok: false; message: string };

export function checkAttachment({ fileName, declaredType, bytes }: { fileName: string; declaredType: string; bytes: Uint8Array }): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    return { ok: false, message: `The file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_ATTACHMENT_BYTES)}.` };
  }
  const type = normaliseType(declaredType, fileName);
  if (!Object.hasOwn(ALLOWED_TYPES, type)) {
    return { ok: false, message: `Files of type “${type || "unknown"}” cannot be attached. Allowed: ${Object.values(ALLOWED_TYPES).join(", ")}.` };
  }
  const contentType = type as AllowedType;
  const magic = MAGIC[contentType];
  if (magic ? !magic(bytes) : !isText(bytes)) {
    return { ok: false, message: `The file's content is not a ${ALLOWED_TYPES[contentType]}, although its type says so.` };
  }
  return { ok: true, contentType };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

