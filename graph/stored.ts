/**
 * The stored shape of the plan graph: what a node or relationship carries in Neo4j beyond
 * its own facts, defined once. Every writer (the plan loader, the synthetic loader, edits,
 * restore, accepted suggestions) builds its property maps with `nodeProps` and `edgeProps`,
 * so the same fact is stored the same way whoever writes it.
 *
 * - a node's `planId` is the part of its id before the first ":" (`ltk-okf-2009:it:e`
 *   belongs to `ltk-okf-2009`);
 * - a node with `aliases` also stores `aliasText`, the aliases as one string, because the
 *   full-text index reads strings only;
 * - a relationship stores `key` (`from|TYPE|to`: one relationship per from, type and to);
 *   the loader prunes by it, the audit trail names edges by it;
 * - nodes and relationships carry a `version`: 1 when written, one more on each edit; an
 *   edit that sends an older one is refused.
 *
 * Pure and free of Node-only imports: the client computes the plan reader's anchors with
 * the same `slugify`.
 */
import type { RelType } from "./model.js";

export const INITIAL_VERSION = 1;

/** The version a stored node or relationship has now (one written before versions existed is at 1). */
export const currentVersion = (stored: object): number =>
  Number((stored as { version?: unknown }).version ?? INITIAL_VERSION);

/** The version an edit of `version` writes. */
export const nextVersion = (version: number): number => version + 1;

export const ALIAS_SEPARATOR = " · ";

export const aliasText = (aliases: readonly string[]): string => aliases.join(ALIAS_SEPARATOR);

export interface EdgeEnds {
  from: string;
  type: RelType;
  to: string;
}

/** Stable key of an edge: one relationship per (from, type, to). */
export const edgeKey = (edge: EdgeEnds): string => `${edge.from}|${edge.type}|${edge.to}`;

/** The plan an id belongs to: `<planId>` itself or `<planId>:<local path>`. */
export const planIdOf = (id: string): string => id.split(":", 1)[0] ?? "";

/**
 * Slug for ids and anchors: lower-case ASCII letters, digits and single dashes. The Danish
 * letters are spelt out the Danish way (æ→ae, ø→oe, å→aa, so "Økonomiafdelingen" ->
 * "oekonomiafdelingen"); other accented letters lose their accent ("é" -> "e"). Text is
 * composed (NFC) first, so an "å" typed as "a" + ring is spelt "aa" too. Empty when the
 * text has no letter or digit: callers choose their fallback.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/æ/gu, "ae")
    .replace(/ø/gu, "oe")
    .replace(/å/gu, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

/** A slug that is never empty, for a segment of an id ("x" when the name has no letter or digit). */
export const idSlug = (text: string): string => slugify(text) || "x";

type Props = Record<string, unknown>;

const present = (props: object): Props =>
  Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null));

const storedVersion = (version: unknown): number =>
  typeof version === "number" && Number.isInteger(version) && version >= INITIAL_VERSION ? version : INITIAL_VERSION;

/**
 * The properties a node is stored with: its facts (null and undefined left out, as Neo4j
 * stores no nulls), its `planId` taken from its id, `aliasText` when it has aliases, and its
 * version (the one it carries when it is restored, else the first).
 */
export function nodeProps<Node extends { id: string }>(node: Node): Props {
  const { aliasText: _derived, ...facts } = present(node);
  const planId = planIdOf(node.id);
  if (facts.planId !== undefined && facts.planId !== planId)
    throw new Error(
      `Node "${node.id}" says it belongs to plan "${String(facts.planId)}", but its id is of "${planId}".`,
    );
  return {
    ...facts,
    planId,
    ...(Array.isArray(facts.aliases) ? { aliasText: aliasText(facts.aliases) } : {}),
    version: storedVersion(facts.version),
  };
}

/** What an edge states: the passage of the plan, where, whether it is inferred and why, and who wrote it. */
export interface EdgeFacts extends EdgeEnds {
  evidence?: string;
  section?: string;
  inferred?: boolean;
  reason?: string | null;
  /** "structure", "curated", "detected" (loaded plans) or "edit". */
  origin?: string;
}

/**
 * The properties a relationship is stored with: its facts (a passage, its section, `inferred`
 * false and `reason` "" unless it says otherwise, its origin), its key and its version. The
 * ends and the type are the relationship's own and are not repeated as properties.
 */
export function edgeProps<Edge extends EdgeFacts>(edge: Edge): Props {
  const { from: _from, type: _type, to: _to, key: _key, ...facts } = present(edge);
  return {
    ...facts,
    key: edgeKey(edge),
    inferred: edge.inferred ?? false,
    reason: edge.reason ?? "",
    version: storedVersion(facts.version),
  };
}

/** What an edit of a node or an edge at `version` writes: the changed facts, `aliasText` when the aliases change, the next version. */
export function patchProps(patch: Props, version: number): Props {
  const { aliasText: _derived, ...facts } = patch;
  return {
    ...facts,
    ...(Array.isArray(patch.aliases) ? { aliasText: aliasText(patch.aliases) } : {}),
    version: nextVersion(version),
  };
}
