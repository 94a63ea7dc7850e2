/**
 * The plan graph's vocabulary: node labels, relationship types and their properties.
 *
 * Labels and relationship types in Cypher come from these constants only, never from
 * request values. Every node also carries the shared label `Entity` (one uniqueness
 * constraint on `id`, one full-text index over all kinds).
 */

export const NODE_KINDS = [
  "Plan",
  "Department",
  "Goal",
  "Initiative",
  "System",
  "Organisation",
  "Milestone",
  "Theme",
  "StatusItem",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * Relationship types and everything about them (endpoint kinds, meaning, class, symmetry,
 * how a slip travels) live in one table: relations.ts.
 */
export { REL_TYPES, RELATIONS, SLIP_TYPES, type RelType } from "./relations.js";
import { SLIP_TYPES, type RelType } from "./relations.js";

/** Edges along which a slip travels (in the direction relations.ts gives each type). */
export const DEPENDENCY_TYPES = SLIP_TYPES;
export type DependencyType = RelType;

export const STATUS_OUTCOMES = [
  "DONE",
  "PARTLY_DONE",
  "IN_PROGRESS",
  "CONTINUES",
  "POSTPONED",
  "NOT_DONE",
  "FAILED",
  "UNKNOWN",
] as const;
export type StatusOutcome = (typeof STATUS_OUTCOMES)[number];

export const DATE_PRECISIONS = ["DAY", "MONTH", "QUARTER", "HALF_YEAR", "YEAR", "RANGE"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * What a dated statement says about its date: something must be done by then (DEADLINE),
 * starts then (START), happens then (POINT), runs over the period (PERIOD) or comes back
 * every year or half-year (RECURRING).
 */
export const MILESTONE_TIMINGS = ["DEADLINE", "START", "POINT", "PERIOD", "RECURRING"] as const;
export type MilestoneTiming = (typeof MILESTONE_TIMINGS)[number];

/** Where in the plan a node or edge comes from: the heading path, e.g. "IT-afdelingen > 3. Hovedmål ... > E. Digitaliseringsstrategi". */
export type Section = string;

interface NodeBase {
  /** Globally unique, stable, human-readable: `<planId>:<local path>`, e.g. `ltk-okf-2009:it-afdelingen:e`. */
  id: string;
  planId: string;
  name: string;
  /** Section heading path in the plan. */
  source: Section;
}

export interface PlanNode extends NodeBase {
  kind: "Plan";
  municipality: string;
  administration: string;
  year: number;
  /** The introduction's text, as written. */
  intro: string;
}

export interface DepartmentNode extends NodeBase {
  kind: "Department";
  vision: string;
  mainTasks: string[];
  /** The resources paragraph(s) as written. */
  resources: string;
  /** Head count when the plan states one. */
  staff: number | null;
  /** Salary budget as written, e.g. "ca. 16,0 mio. kr.". */
  salaryBudget: string | null;
}

export interface GoalNode extends NodeBase {
  kind: "Goal";
  departmentId: string;
  /** The goal's letter as the body gives it ("A" .. "N"). */
  letter: string;
  title: string;
  /** Hovedmål (main goal) text. */
  mainGoal: string;
  /** Strategi text. */
  strategy: string;
}

export interface InitiativeNode extends NodeBase {
  kind: "Initiative";
  goalId: string;
  /** 1-based position under its goal. */
  ordinal: number;
  text: string;
}

export interface SystemNode extends NodeBase {
  kind: "System";
  /** "system" | "module" | "platform" | "project" | "infrastructure" */
  category: string;
  aliases: string[];
  description: string;
}

export interface OrganisationNode extends NodeBase {
  kind: "Organisation";
  aliases: string[];
  description: string;
  /** For an internal unit: the department it belongs to (also a HAS_UNIT edge); null for an outside party. */
  unitOf: string | null;
}

export interface MilestoneNode extends NodeBase {
  kind: "Milestone";
  /** ISO 8601 date (start of the range when precision is RANGE). */
  date: string;
  /** ISO 8601 end date for ranges and coarse precisions, else null. */
  endDate: string | null;
  /** The date as the plan writes it, e.g. "1. juli 2009". */
  dateText: string;
  precision: DatePrecision;
  timing: MilestoneTiming;
  /** True when it lies wholly before the plan's year: history that explains the plan. */
  past: boolean;
}

export interface ThemeNode extends NodeBase {
  kind: "Theme";
  year: number;
  text: string;
}

export interface StatusItemNode extends NodeBase {
  kind: "StatusItem";
  departmentId: string;
  year: number;
  text: string;
  outcome: StatusOutcome;
  /** The outcome sentence as written, e.g. "Servicedesken er implementeret medio 2008." */
  outcomeText: string;
}

export type PlanGraphNode =
  | PlanNode
  | DepartmentNode
  | GoalNode
  | InitiativeNode
  | SystemNode
  | OrganisationNode
  | MilestoneNode
  | ThemeNode
  | StatusItemNode;

export interface PlanGraphEdge {
  from: string;
  to: string;
  type: RelType;
  /** Verbatim passage of the plan; empty only when `inferred`. */
  evidence: string;
  section: Section;
  /** True when no passage states the edge; `reason` then says why it is believed. */
  inferred: boolean;
  reason: string | null;
  /** "structure" (from the document's shape), "curated" (facts file), "detected" (alias match). */
  origin: "structure" | "curated" | "detected";
}

/** A whole plan, ready to load: what the parser and curated facts produce together. */
export interface PlanGraph {
  planId: string;
  nodes: PlanGraphNode[];
  edges: PlanGraphEdge[];
}
