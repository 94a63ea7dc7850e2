/** Byte order mark: makes Excel read the file as UTF-8 (æ, ø, å). */
export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | boolean | null | undefined;

function quote(cell: CsvCell, delimiter: string): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  const needsQuotes =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes("\n") ||
    text.includes("\r") ||
    /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled) with a UTF-8 BOM. Danish Excel expects `;`
 * between fields, English Excel `,`: the caller picks the delimiter for the UI language.
 */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], delimiter = ";"): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
