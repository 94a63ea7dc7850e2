export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Where a hit matched: the server's parts as text, each matching word in <mark>; never parsed as HTML. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
