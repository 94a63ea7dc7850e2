/**
 * Fields that list a node's neighbours along one relationship, in one table: the field
 * resolvers read through it, and list queries look ahead with it. A request for
 * departments > goals > initiatives > systems then costs one statement: the list query reads
 * the selected relations with its roots (nested `COLLECT {}`, only the selected properties)
 * and keeps each node's neighbours on its record, so every field resolver below finds them
 * without a round trip; what is not read ahead goes through the request's DataLoaders.
 */
import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from "graphql-parse-resolve-info";
import { NODE_KINDS, type RelType } from "../../../graph/model.js";
import { markPartial, type StoredNode } from "../../../graph/repositories/records.js";
import {
  walkRelations,
  type NodesWithRelations,
  type RelationStep,
} from "../../../graph/repositories/relation-tree.js";
import type { Direction } from "../../../graph/repositories/relation.repository.js";
import type { Context } from "../../context.js";

export const RELATION_FIELDS = {
  Plan: { departments: ["HAS_DEPARTMENT", "out"], themes: ["HAS_THEME", "out"] },
  Goal: {
    initiatives: ["HAS_INITIATIVE", "out"],
    systems: ["USES", "out"],
    milestones: ["HAS_MILESTONE", "out"],
    themes: ["ADVANCES", "out"],
    history: ["CONTINUES_AS", "in"],
  },
  Initiative: {
    goal: ["HAS_INITIATIVE", "in"],
    systems: ["USES", "out"],
    milestones: ["HAS_MILESTONE", "out"],
    history: ["CONTINUES_AS", "in"],
  },
  StatusItem: { continuedBy: ["CONTINUES_AS", "out"], milestones: ["HAS_MILESTONE", "out"] },
  Organisation: { unitOf: ["HAS_UNIT", "in"] },
  Milestone: { follows: ["FOLLOWS", "out"], followedBy: ["FOLLOWS", "in"] },
  System: {
    parent: ["PART_OF", "out"],
    modules: ["PART_OF", "in"],
    replaces: ["REPLACES", "out"],
    owner: ["RESPONSIBLE_FOR", "in"],
  },
  Department: { goals: ["OWNS", "out"], statusItems: ["HAS_STATUS", "out"], systems: ["RESPONSIBLE_FOR", "out"] },
} as const satisfies Record<string, Record<string, readonly [RelType, Direction]>>;

type RelationFields = typeof RELATION_FIELDS;
export type TypeWithRelations = keyof RelationFields;

/** Levels read ahead with the roots; relations selected deeper are left to the loaders. */
export const LOOKAHEAD_DEPTH = 4;

/**
 * Neighbours read ahead with their parent are kept on the parent record (not in the
 * request's loaders: they carry only the properties selected at that place in the query).
 */
const READ_AHEAD = Symbol("relations read ahead");
type WithReadAhead = StoredNode & { [READ_AHEAD]?: Map<string, StoredNode[]> };

/** The neighbours behind `typeName.field`: read ahead with the parent, or through the request's loader. */
export function neighbours<T extends TypeWithRelations>(
  ctx: Context,
  typeName: T,
  field: keyof RelationFields[T] & string,
  parent: StoredNode,
): StoredNode[] | Promise<StoredNode[]> {
  // Read ahead: answered synchronously (a promise per parent would cost the executor more).
  const readAhead = (parent as WithReadAhead)[READ_AHEAD]?.get(field);
  if (readAhead) return readAhead;
  const [type, direction] = RELATION_FIELDS[typeName][field] as readonly [RelType, Direction];
  return ctx.loaders.related(type, direction).load(parent.id);
}

/** Fields of every node kind answered by resolvers rather than stored properties. */
const RESOLVED_NODE_FIELDS = new Set(["department", "dependsOn", "dependents", "dependentCount", "ownerEvidence"]);

/** The relation fields the request selects below this list field of `typeName`, as steps for one statement. */
export function selectedRelations(info: GraphQLResolveInfo, typeName: TypeWithRelations): RelationStep[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return tree ? stepsBelow(tree.fieldsByTypeName, [typeName], LOOKAHEAD_DEPTH) : [];
}

const relationsOf = (typeName: string): Record<string, readonly [RelType, Direction]> | undefined =>
  (RELATION_FIELDS as Record<string, Record<string, readonly [RelType, Direction]>>)[typeName];

function stepsBelow(fieldsByTypeName: FieldsByTypeName, typeNames: readonly string[], depth: number): RelationStep[] {
  if (depth === 0) return [];
  // Aliases of one field (`a: goals`, `b: goals`) share one step with the union of their selections.
  const byField = new Map<
    string,
    { field: string; type: RelType; direction: Direction; selections: FieldsByTypeName[] }
  >();
  for (const typeName of typeNames) {
    const relations = relationsOf(typeName);
    if (!relations) continue;
    for (const selected of Object.values(fieldsByTypeName[typeName] ?? {})) {
      const relation = relations[selected.name];
      if (!relation) continue;
      const step = byField.get(selected.name) ?? {
        field: selected.name,
        type: relation[0],
        direction: relation[1],
        selections: [],
      };
      step.selections.push(selected.fieldsByTypeName);
      byField.set(selected.name, step);
    }
  }
  return [...byField.values()].map(({ selections, ...step }) => {
    const merged: FieldsByTypeName = {};
    for (const selection of selections) {
      for (const [typeName, fields] of Object.entries(selection)) merged[typeName] = { ...merged[typeName], ...fields };
    }
    const names = Object.entries(merged).flatMap(([typeName, fields]) =>
      Object.values(fields)
        .map((field) => field.name)
        .filter((name) => !name.startsWith("__") && !relationsOf(typeName)?.[name]),
    );
    return {
      ...step,
      properties: [...new Set(names.filter((name) => !RESOLVED_NODE_FIELDS.has(name)))].sort(),
      owner: names.includes("department"),
      children: stepsBelow(merged, Object.keys(merged), depth - 1),
    };
  });
}

/** GraphQL types whose values are stored nodes. */
const NODE_TYPES = new Set<string>(["Node", ...NODE_KINDS]);

/**
 * Every field name the request selects on a node anywhere below this field (the root, the
 * nodes, both ends of every edge, ...): the stored properties an answer of nodes must
 * carry. Relation and resolver fields are left out; they read by id.
 */
export function selectedNodeProperties(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const visit = (fieldsByTypeName: FieldsByTypeName) => {
    for (const [typeName, fields] of Object.entries(fieldsByTypeName)) {
      for (const field of Object.values(fields)) {
        if (
          NODE_TYPES.has(typeName) &&
          !field.name.startsWith("__") &&
          !relationsOf(typeName)?.[field.name] &&
          !RESOLVED_NODE_FIELDS.has(field.name)
        ) {
          names.add(field.name);
        }
        visit(field.fieldsByTypeName);
      }
    }
  };
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (tree) visit(tree.fieldsByTypeName);
  return [...names].sort();
}

/** Keeps the neighbours read with the roots on their parents for `neighbours`; returns the roots. */
export function attachRelations(steps: readonly RelationStep[], roots: NodesWithRelations): StoredNode[] {
  walkRelations(steps, roots, (step, parent: WithReadAhead, found) => {
    markPartial(found);
    (parent[READ_AHEAD] ??= new Map()).set(step.field, found);
  });
  return roots.nodes;
}
