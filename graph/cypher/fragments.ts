/**
 * Cypher pieces shared by the read queries. Everything spliced here is a constant of this
 * module or of model.ts (labels, relationship types, variable names chosen by the caller's
 * code), never a request value.
 */
import { DEPENDENCY_TYPES, type NodeKind, type RelType } from "../model.js";
import { REL_TYPES, RELATIONS, type SlipWay } from "../relations.js";

/** `DEPENDS_ON|USES|...`: the relationship types along which a slip travels (relations.ts). */
export const DEPENDENCY_PATTERN = DEPENDENCY_TYPES.join("|");

/** `['A', 'B']`: a Cypher list of constant type names. */
export const typeList = (types: readonly RelType[]) => `[${types.map((t) => `'${t}'`).join(", ")}]`;

/** The slip types that carry a slip the given way (relations.ts `slip`), as a Cypher list. */
export const slipTypes = (way: SlipWay) => typeList(DEPENDENCY_TYPES.filter((t) => RELATIONS[t].slip === way));

/**
 * The owning department of node `v`: a department owns itself, a goal is owned through
 * OWNS, an initiative through its goal, a status item through HAS_STATUS, a system through
 * RESPONSIBLE_FOR (the department that implements or runs it), an internal unit through
 * HAS_UNIT; other kinds (outside organisations, milestones, themes, plans) have none, and
 * so has a system whose owner the plan does not name.
 */
export const owningDepartment = (v: string) => `CASE
    WHEN ${v}:Department THEN ${v}
    WHEN ${v}:Goal THEN head([(d:Department)-[:OWNS]->(${v}) | d])
    WHEN ${v}:Initiative THEN head([(d:Department)-[:OWNS]->(:Goal)-[:HAS_INITIATIVE]->(${v}) | d])
    WHEN ${v}:StatusItem THEN head([(d:Department)-[:HAS_STATUS]->(${v}) | d])
    WHEN ${v}:System THEN head([(d:Department)-[:RESPONSIBLE_FOR]->(${v}) | d])
    WHEN ${v}:Organisation THEN head([(d:Department)-[:HAS_UNIT]->(${v}) | d])
    ELSE null END`;

export const owningDepartmentId = (v: string) => `(${owningDepartment(v)}).id`;

/** A node as the API reads it: its stored properties plus its owning department's id and name. */
export const nodeMap = (v: string) =>
  `[owner IN [${owningDepartment(v)}] | ${v} {.*, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]`;

/** Read for every node even when a request selects fewer: enough to identify it, resolve its type and edit it. */
export const CORE_PROPERTIES = ["id", "kind", "planId", "name", "version"] as const;

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** `.id, .kind, ...`: the `core` properties and `properties`, each checked to be a plain name before it is spliced. */
export function propertyList(properties: readonly string[], core: readonly string[] = CORE_PROPERTIES): string {
  const all = [...new Set([...core, ...properties])];
  for (const property of all) {
    if (!PROPERTY_NAME.test(property)) throw new Error(`"${property}" is not a property name`);
  }
  return all.map((property) => `.${property}`).join(", ");
}

/**
 * `nodeMap` reading only the given properties (plus the core ones and the owner); every
 * stored property when `properties` is null.
 */
export const projectedNodeMap = (
  v: string,
  properties: readonly string[] | null,
  core: readonly string[] = CORE_PROPERTIES,
) =>
  properties === null
    ? nodeMap(v)
    : `[owner IN [${owningDepartment(v)}] | ${v} {${propertyList(properties, core)}, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]`;

/** The provenance fields of an edge `(a)-[r]->(b)`, shared by `edgeMap` and `lightEdgeMap`. */
const edgeFields = (
  r: string,
  a: string,
  b: string,
) => `id: coalesce(${r}.key, ${a}.id + '|' + type(${r}) + '|' + ${b}.id),
    type: type(${r}),
    evidence: coalesce(${r}.evidence, ''),
    section: coalesce(${r}.section, ''),
    inferred: coalesce(${r}.inferred, false),
    reason: ${r}.reason,
    origin: coalesce(${r}.origin, '')`;

/** An edge `(a)-[r]->(b)` with its provenance and both end nodes. */
export const edgeMap = (r: string, a: string, b: string) => `{
    ${edgeFields(r, a, b)},
    from: ${nodeMap(a)},
    to: ${nodeMap(b)}
  }`;

/**
 * An edge `(a)-[r]->(b)` with its provenance and the ids of its ends only, for statements
 * that return the end nodes once on their own (see `joinEdge` in records.ts).
 */
export const lightEdgeMap = (r: string, a: string, b: string) => `{
    ${edgeFields(r, a, b)},
    from: ${a}.id,
    to: ${b}.id
  }`;

/** Keeps rows of one plan, or of every plan when `$planId` is null. */
export const inPlan = (v: string) => `($planId IS NULL OR ${v}.planId = $planId)`;

/**
 * Ordering that suits every kind: by date, then letter, then position, then name. Status
 * items carry no position, so they keep plan order through their ids' running number
 * (`...:status-2008:9` before `...:status-2008:10`: shorter first, then by text).
 */
export const siblingOrder = (v: string) =>
  `${v}.date, ${v}.letter, ${v}.ordinal, CASE WHEN ${v}:StatusItem THEN size(${v}.id) END, CASE WHEN ${v}:StatusItem THEN ${v}.id END, toLower(${v}.name), ${v}.id`;

export const naturalOrder = (v: string) => `${v}.planId, ${siblingOrder(v)}`;

/**
 * The kind of node a relationship leads to, where the relationship table fixes it (one kind
 * at that end): `USES:out` is always a System, `HAS_INITIATIVE:in` always a Goal.
 */
export const TARGET_KIND: Partial<Record<`${RelType}:${"out" | "in"}`, NodeKind>> = Object.fromEntries(
  REL_TYPES.flatMap((type) => {
    const { from, to } = RELATIONS[type];
    return [
      ...(to.length === 1 ? [[`${type}:out`, to[0]]] : []),
      ...(from.length === 1 ? [[`${type}:in`, from[0]]] : []),
    ];
  }),
);

/** `siblingOrder` for nodes of one kind: the same order, reading only the properties that kind sorts by. */
const KIND_ORDER: Partial<Record<NodeKind, (v: string) => string>> = {
  Goal: (v) => `${v}.letter, toLower(${v}.name), ${v}.id`,
  Initiative: (v) => `${v}.ordinal, toLower(${v}.name), ${v}.id`,
  Theme: (v) => `toLower(${v}.name), ${v}.id`,
  Milestone: (v) => `${v}.date, toLower(${v}.name), ${v}.id`,
  StatusItem: (v) => `size(${v}.id), ${v}.id`,
  System: (v) => `toLower(${v}.name), ${v}.id`,
  Department: (v) => `toLower(${v}.name), ${v}.id`,
};

/**
 * The order of the neighbours along one relationship: the kind's own order where the model
 * fixes the kind at the far end (cheaper: fewer properties read per neighbour), else
 * `siblingOrder`. The loaders and the read-ahead tree both use it, so they agree.
 */
export function neighbourOrder(type: RelType, direction: "out" | "in", v: string): string {
  const kind = TARGET_KIND[`${type}:${direction}`];
  const order = kind ? KIND_ORDER[kind] : undefined;
  return order ? order(v) : siblingOrder(v);
}
