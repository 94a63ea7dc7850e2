/** Stable suggestion ids and the slugs of suggested nodes (the facts-file id scheme). */
import { createHash } from "node:crypto";
import { idSlug } from "../../graph/stored.js";

export function suggestionId(planId: string, parts: ReadonlyArray<string | null>): string {
  const hash = createHash("sha1")
    .update(parts.map((p) => p ?? "").join("\u0000"))
    .digest("hex")
    .slice(0, 12);
  return `${planId}:suggestion:${hash}`;
}

/**
 * The id segment of a suggested name: "OPUS Økonomi" -> "opus-oekonomi"; never empty. The
 * same slug accepting the suggestion gives the node (graph/repositories/suggestion-facts.ts).
 */
export const nameSlug = idSlug;
