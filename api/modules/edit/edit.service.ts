/**
 * Turns planners' validated input into repository writes: ids, properties and the
 * structural links a new node needs (a goal is OWNED by its department, an initiative
 * belongs to its goal, a module is PART_OF its system).
 */
import { DATE_PRECISIONS, MILESTONE_TIMINGS, type NodeKind } from "../../../graph/model.js";
import { CURATED_TYPES, relation, type RelType } from "../../../graph/relations.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import type { GraphDb } from "../../../graph/driver.js";
import { badInput } from "../../errors.js";
import type {
  DependencyInput,
  DependencyPatch,
  MilestoneInput,
  MilestonePatch,
  OrganisationInput,
  SystemInput,
} from "./catalogue.input.js";
import type { GoalInput, InitiativeInput } from "./goal.input.js";
import * as v from "./validate.js";

const CATEGORIES = ["system", "module", "platform", "project", "infrastructure"];
const planOf = (id: string) => id.split(":")[0] ?? "";

export function category(value: string): string {
  if (!CATEGORIES.includes(value))
    throw badInput(`category must be one of ${CATEGORIES.join(", ")}, got "${value}".`, "category");
  return value;
}

export function timing(value: string): string {
  if (!(MILESTONE_TIMINGS as readonly string[]).includes(value))
    throw badInput(`timing must be one of ${MILESTONE_TIMINGS.join(", ")}.`, "timing");
  return value;
}

export function precision(value: string): string {
  if (!(DATE_PRECISIONS as readonly string[]).includes(value))
    throw badInput(`precision must be one of ${DATE_PRECISIONS.join(", ")}.`, "precision");
  return value;
}

/** The relationship types a planner may state (those a facts file may state: graph/relations.ts `curated`). */
export function dependencyType(value: string): RelType {
  if (!(CURATED_TYPES as readonly string[]).includes(value))
    throw badInput(`type must be one of ${CURATED_TYPES.join(", ")}, got "${value}".`, "type");
  return value as RelType;
}

export function createGoal(db: GraphDb, actor: Actor, input: GoalInput) {
  const letter = v.letter("letter", input.letter);
  const title = v.text("title", input.title, { max: 300 });
  return edit.createNode(db, actor, {
    kind: "Goal",
    newId: { base: `${input.departmentId}:${letter.toLowerCase()}` },
    props: {
      planId: planOf(input.departmentId),
      departmentId: input.departmentId,
      letter,
      title,
      name: `${letter}. ${title}`,
      mainGoal: v.text("mainGoal", input.mainGoal, { max: 5000 }),
      strategy: v.text("strategy", input.strategy, { min: 0, max: 5000 }),
      source: "",
    },
    refs: [{ field: "departmentId", id: input.departmentId, kinds: ["Department"] }],
    links: (id) => [{ from: input.departmentId, to: id, type: "OWNS", evidence: `${letter}. ${title}`, section: "" }],
  });
}

export function createInitiative(db: GraphDb, actor: Actor, input: InitiativeInput) {
  const text = v.text("text", input.text, { max: 5000 });
  return edit.createNode(db, actor, {
    kind: "Initiative",
    newId: { under: input.goalId },
    props: {
      planId: planOf(input.goalId),
      goalId: input.goalId,
      text,
      name: text.length > 80 ? `${text.slice(0, 77)}...` : text,
      source: "",
    },
    refs: [{ field: "goalId", id: input.goalId, kinds: ["Goal"] }],
    links: (id) => [{ from: input.goalId, to: id, type: "HAS_INITIATIVE", evidence: text, section: "" }],
  });
}

export function createSystem(db: GraphDb, actor: Actor, input: SystemInput) {
  const name = v.text("name", input.name, { max: 200 });
  return edit.createNode(db, actor, {
    kind: "System",
    newId: { base: `${input.planId}:system:${v.slug(name)}` },
    props: {
      planId: input.planId,
      name,
      category: category(input.category),
      aliases: v.aliases("aliases", input.aliases),
      aliasText: input.aliases.join(" · "),
      description: v.text("description", input.description, { min: 0, max: 5000 }),
      source: "",
    },
    refs: [
      { field: "planId", id: input.planId, kinds: ["Plan"] },
      ...(input.parentId ? [{ field: "parentId", id: input.parentId, kinds: ["System"] as NodeKind[] }] : []),
    ],
    links: (id) =>
      input.parentId ? [{ from: id, to: input.parentId, type: "PART_OF", evidence: "", section: "" }] : [],
  });
}

export function createOrganisation(db: GraphDb, actor: Actor, input: OrganisationInput) {
  const name = v.text("name", input.name, { max: 200 });
  return edit.createNode(db, actor, {
    kind: "Organisation",
    newId: { base: `${input.planId}:org:${v.slug(name)}` },
    props: {
      planId: input.planId,
      name,
      aliases: v.aliases("aliases", input.aliases),
      aliasText: input.aliases.join(" · "),
      description: v.text("description", input.description, { min: 0, max: 5000 }),
      source: "",
    },
    refs: [{ field: "planId", id: input.planId, kinds: ["Plan"] }],
    links: () => [],
  });
}

export function milestoneFields(input: MilestonePatch) {
  return {
    name: v.optionalText("name", input.name, 200),
    date: input.date === undefined ? undefined : v.isoDate("date", input.date),
    endDate: input.endDate === undefined ? undefined : v.isoDate("endDate", input.endDate),
    dateText: v.optionalText("dateText", input.dateText, 200),
    precision: input.precision === undefined ? undefined : precision(input.precision),
    timing: input.timing === undefined ? undefined : timing(input.timing),
  };
}

export function createMilestone(db: GraphDb, actor: Actor, input: MilestoneInput) {
  const fields = milestoneFields(input);
  const name = v.text("name", input.name, { max: 200 });
  if (fields.endDate && fields.date && fields.endDate < fields.date)
    throw badInput("endDate is before date.", "endDate");
  return edit.createNode(db, actor, {
    kind: "Milestone",
    newId: { base: `${input.planId}:milestone:${v.slug(name)}` },
    props: {
      ...Object.fromEntries(Object.entries(fields).filter(([, x]) => x !== undefined)),
      planId: input.planId,
      name,
      source: "",
      past: false,
    },
    refs: [{ field: "planId", id: input.planId, kinds: ["Plan"] }],
    links: () => [],
  });
}

/** The evidence fields of an edit: a passage, and a reason when the passage only supports the edge (stored as inferred). */
function evidenceOf(input: DependencyInput | DependencyPatch): {
  evidence?: string;
  inferred?: boolean;
  reason?: string;
} {
  const evidence = v.optionalText("evidence", input.evidence, 2000);
  const reason = v.optionalText("inferredReason", input.inferredReason, 1000);
  return { ...(evidence ? { evidence } : {}), ...(reason ? { inferred: true, reason } : {}) };
}

export function createDependency(db: GraphDb, actor: Actor, input: DependencyInput) {
  if (input.from === input.to) throw badInput("An edge cannot point at its own start (from = to).", "to");
  const type = dependencyType(input.type);
  const why = evidenceOf(input);
  if (!why.evidence) {
    throw badInput(
      "A dependency needs evidence: the passage of the plan that states it (with inferredReason when the passage only supports it).",
      "evidence",
    );
  }
  const { from, to } = relation(type);
  const edge = {
    from: input.from,
    to: input.to,
    type,
    section: v.optionalText("section", input.section, 500) ?? "",
    evidence: why.evidence,
    inferred: why.inferred ?? false,
    reason: why.reason ?? "",
  };
  return edit.createDependency(db, actor, edge, { from, to });
}

export function updateDependency(
  db: GraphDb,
  actor: Actor,
  key: { from: string; to: string; type: string },
  version: number,
  patch: DependencyPatch,
) {
  const why = evidenceOf(patch);
  const section = v.optionalText("section", patch.section, 500);
  return edit.updateDependency(
    db,
    actor,
    { from: key.from, to: key.to, type: dependencyType(key.type) },
    v.version("version", version),
    v.patchOf({ ...why, section }),
  );
}
