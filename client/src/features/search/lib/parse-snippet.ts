export interface SnippetPart {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * The server's snippet is HTML-escaped text with <mark>..</mark> around hits. Parsed into
 * parts so that it renders as text (no innerHTML).
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    const index = m.index ?? 0;
    if (index > last) parts.push({ text: unescape(snippet.slice(last, index)), hit: false });
    parts.push({ text: unescape(m[1] ?? ""), hit: true });
    last = index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), hit: false });
  return parts.filter((p) => p.text !== "");
}

export function snippetText(snippet: string): string {
  return parseSnippet(snippet)
    .map((p) => p.text)
    .join("");
}
