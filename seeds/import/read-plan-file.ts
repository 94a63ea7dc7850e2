/**
 * Any plan file -> the Markdown the parser reads: .md as it is, .txt through
 * text-to-markdown, .docx through mammoth (a maintained converter) and html-to-markdown.
 * Anything else, or a .docx that is encrypted or not a Word archive, is an ImportError
 * with a one-line reason.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import mammoth from "mammoth";
import { ImportError } from "./errors.js";
import { htmlToMarkdown } from "./html-to-markdown.js";
import { textToMarkdown } from "./text-to-markdown.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: how Word stores an encrypted .docx (and an old .doc). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function docxToMarkdown(bytes: Buffer, name: string): Promise<string> {
  if (startsWith(bytes, OLE))
    throw new ImportError(
      `${name}: the .docx is encrypted (password-protected) or an old .doc; save it unprotected as .docx`,
    );
  if (!startsWith(bytes, ZIP))
    throw new ImportError(`${name}: not a Word document (.docx is a zip archive; this file is not one)`);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ImportError(`${name}: corrupt .docx (${reason})`);
  }
  return htmlToMarkdown(html);
}

export async function readPlanFile(file: string): Promise<string> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ImportError(`${name}: cannot read (${error instanceof Error ? error.message : String(error)})`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".docx") return docxToMarkdown(bytes, name);
  if (ext === ".md" || ext === ".markdown") return bytes.toString("utf8");
  if (ext === ".txt") return textToMarkdown(bytes.toString("utf8"));
  throw new ImportError(`${name}: unsupported file type "${ext || "(none)"}"; give a .docx, .md or .txt plan`);
}
