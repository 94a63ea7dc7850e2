/**
 * Fields that list a node's neighbours along one relationship, in one table: the field
 * resolvers read through it, and list queries look ahead with it. A request for
 * departments > goals > initiatives > systems then costs one statement: the list query reads
 * the selected relations with its roots (nested `COLLECT {}`) and primes the request's
 * loaders, so every field resolver below finds its neighbours without a round trip.
 */
import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from "graphql-parse-resolve-info";
import type { RelType } from "../../../graph/model.js";
import type { StoredNode } from "../../../graph/repositories/records.js";
import { walkRelations, type NodesWithRelations, type RelationStep } from "../../../graph/repositories/relation-tree.js";
import type { Direction } from "../../../graph/repositories/relation.repository.js";
import type { Context } from "../../context.js";

export const RELATION_FIELDS = {
  Plan: { departments: ["HAS_DEPARTMENT", "out"], themes: ["HAS_THEME", "out"] },
  Department: { goals: ["OWNS", "out"], statusItems: ["HAS_STATUS", "out"] },
  Goal: { initiatives: ["HAS_INITIATIVE", "out"], systems: ["USES", "out"], milestones: ["HAS_MILESTONE", "out"], themes: ["ADVANCES", "out"] },
  Initiative: { goal: ["HAS_INITIATIVE", "in"], systems: ["USES", "out"], milestones: ["HAS_MILESTONE", "out"] },
  System: { parent: ["PART_OF", "out"], modules: ["PART_OF", "in"], replaces: ["REPLACES", "out"] },
} as const satisfies Record<string, Record<string, readonly [RelType, Direction]>>;

type RelationFields = typeof RELATION_FIELDS;
type TypeWithRelations = keyof RelationFields;

/** Levels read ahead with the roots; relations selected deeper are left to the loaders. */
export const LOOKAHEAD_DEPTH = 4;

/** The neighbours of `id` behind `typeName.field`, through the request's loader (primed or batched). */
export function neighbours<T extends TypeWithRelations>(ctx: Context, typeName: T, field: keyof RelationFields[T], id: string): Promise<StoredNode[]> {
  const [type, direction] = RELATION_FIELDS[typeName][field] as readonly [RelType, Direction];
  return ctx.loaders.related(type, direction).load(id);
}

/** The relation fields the request selects below this list field of `typeName`, as steps for one statement. */
export function selectedRelations(info: GraphQLResolveInfo, typeName: TypeWithRelations): RelationStep[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return tree ? stepsBelow(tree.fieldsByTypeName, [typeName], LOOKAHEAD_DEPTH) : [];
}

function stepsBelow(fieldsByTypeName: FieldsByTypeName, typeNames: readonly string[], depth: number): RelationStep[] {
  if (depth === 0) return [];
  // Aliases of one field (`a: goals`, `b: goals`) share one step with the union of their selections.
  const byField = new Map<string, { type: RelType; direction: Direction; selections: FieldsByTypeName[] }>();
  for (const typeName of typeNames) {
    const relations: Record<string, readonly [RelType, Direction]> | undefined = (RELATION_FIELDS as Record<string, Record<string, readonly [RelType, Direction]>>)[typeName];
    if (!relations) continue;
    for (const selected of Object.values(fieldsByTypeName[typeName] ?? {})) {
      const relation = relations[selected.name];
      if (!relation) continue;
      const key = `${typeName}.${selected.name}`;
      const step = byField.get(key) ?? { type: relation[0], direction: relation[1], selections: [] };
      step.selections.push(selected.fieldsByTypeName);
      byField.set(key, step);
    }
  }
  return [...byField.values()].map((step) => {
    const merged: FieldsByTypeName = {};
    for (const selection of step.selections) {
      for (const [typeName, fields] of Object.entries(selection)) merged[typeName] = { ...merged[typeName], ...fields };
    }
    return { type: step.type, direction: step.direction, children: stepsBelow(merged, Object.keys(merged), depth - 1) };
  });
}

/** Hands the neighbours read with the roots to the request's loaders; returns the roots. */
export function primeRelations(ctx: Context, steps: readonly RelationStep[], roots: NodesWithRelations): StoredNode[] {
  walkRelations(steps, roots, (step, parentId, found) => {
    ctx.loaders.related(step.type, step.direction).prime(parentId, found);
  });
  return roots.nodes;
}
