/** Stable suggestion ids and the slugs of suggested nodes (the facts-file id scheme). */
import { createHash } from "node:crypto";
import { slugify } from "../parser/text.js";

export function suggestionId(planId: string, parts: ReadonlyArray<string | null>): string {
  const hash = createHash("sha1")
    .update(parts.map((p) => p ?? "").join("\u0000"))
    .digest("hex")
    .slice(0, 12);
  return `${planId}:suggestion:${hash}`;
}

/** "OPUS Økonomi" -> "opus-oekonomi"; never empty. */
export function nameSlug(name: string): string {
  return (
    slugify(name)
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-+|-+$/gu, "") || "x"
  );
}
