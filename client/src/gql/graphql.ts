/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How precisely the plan dates a milestone; `date` is the first day of the period, `endDate` its last. */
export type DatePrecision =
  /** A day, e.g. "1. juli 2009". */
  | 'DAY'
  /** A half year (halvår), e.g. "1. halvår 2009". */
  | 'HALF_YEAR'
  /** A month, e.g. "juni 2009". */
  | 'MONTH'
  /** A quarter (kvartal), e.g. "1. kvartal 2009". */
  | 'QUARTER'
  /** A span from `date` to `endDate`. */
  | 'RANGE'
  /** A year, e.g. "i løbet af 2009". */
  | 'YEAR';

/** What a dependency rests on. Cross-department answers count STATED and VIA_SYSTEM unless asked for INFERRED too. */
export type DependencyBasis =
  /** No passage states it outright: `evidence` quotes the passage it rests on and `reason` says why it is believed. */
  | 'INFERRED'
  /** The plan states the link between the two parties; `evidence` quotes it. */
  | 'STATED'
  /** The plan states that one side leans on a system (module, project) that the other side implements or runs (`viaSystem`, `System.owner`). */
  | 'VIA_SYSTEM';

/** What became of a goal from one plan to the next. */
export type GoalChangeKind =
  /** Same department, same title. */
  | 'CONTINUED'
  /** Only in the earlier plan. */
  | 'DROPPED'
  /** Now in another department. */
  | 'MOVED'
  /** Only in the later plan. */
  | 'NEW'
  /** Same department, another title. */
  | 'RENAMED';

/** What the graph view should show. Every field is optional; leaving one out means "all". */
export type GraphFilter = {
  /** Only edges between different departments (dependency types; a system counts for the department responsible for it), and the nodes at their ends. */
  crossDepartmentOnly?: boolean | null | undefined;
  /** Only nodes owned by these departments, plus the nodes without a department (systems, organisations, milestones, themes) they link to; with crossDepartmentOnly, plus the other departments' nodes at the far end of their cross-department edges. */
  departments?: Array<string> | null | undefined;
  /** With crossDepartmentOnly: which bases to keep; INFERRED only when asked. */
  include?: Array<DependencyBasis> | null | undefined;
  /** Only these kinds of node. */
  kinds?: Array<NodeKind> | null | undefined;
  /** Most nodes (and most edges) returned, 1-10000. */
  limit?: number | null | undefined;
  /** One plan, e.g. "ltk-okf-2009"; leave out for every plan. */
  planId?: string | null | undefined;
  /** Only these relationship types. */
  relationTypes?: Array<RelationType> | null | undefined;
};

/** How a hop of a path runs against its edge. */
export type HopDirection =
  /** The walk runs against the edge (`to` -> `from`). */
  | 'AGAINST'
  /** The walk follows the edge's own direction (`from` -> `to`). */
  | 'ALONG'
  /** A symmetric edge (COORDINATES_WITH): both readings are the same. */
  | 'SYMMETRIC';

/** Which way an impact question follows the dependency edges. */
export type ImpactDirection =
  /** What is hit if this node slips: everything that transitively depends on it. */
  | 'DOWNSTREAM'
  /** What this node needs: everything it transitively depends on. */
  | 'UPSTREAM';

/** What a dated statement says about its date. */
export type MilestoneTiming =
  /** Something must be done by then ("inden 1. juli 2009", "i løbet af 1. kvartal 2009"). */
  | 'DEADLINE'
  /** Something runs over the period ("medio januar – ult. april 2009"). */
  | 'PERIOD'
  /** Something happens then (an election, a seminar). */
  | 'POINT'
  /** It comes back ("årlig", "halvårlige møder"); the date is its first occurrence in the plan year. */
  | 'RECURRING'
  /** Something starts then ("pr. 1.1.2009", "påbegyndes straks efter 1. juli 2009"). */
  | 'START';

/** Kinds of node in the plan graph. */
export type NodeKind =
  /** An afdeling (department) that owns goals. */
  | 'DEPARTMENT'
  /** A lettered hovedmål (main goal) for the year, with its strategi. */
  | 'GOAL'
  /** One indsatsområde (initiative) under a goal. */
  | 'INITIATIVE'
  /** A dated event the plan names. */
  | 'MILESTONE'
  /** An outside party (KMD, revisionen, a neighbouring kommune, ...). */
  | 'ORGANISATION'
  /** A plan: one forvaltning (administration) of one municipality for one year. */
  | 'PLAN'
  /** A line of the status on the previous year, with its outcome. */
  | 'STATUS_ITEM'
  /** An IT system, module, platform or IT project (OPUS, GoPro, Focus.IT, ...). */
  | 'SYSTEM'
  /** A cross-cutting theme (tværgående emne) of the forvaltning. */
  | 'THEME';

/** A block of the plan's text: a sub-heading, a paragraph or a bullet. */
export type PlanBlockKind =
  /** A bullet point; depth gives its nesting. */
  | 'BULLET'
  /** A heading inside the section that the heading path does not name ("Hovedmål" in a goal). */
  | 'HEADING'
  /** A paragraph. */
  | 'PARAGRAPH';

/** Relationship types, `A -[T]-> B`. Each value says which kinds it joins and how a slip travels along it; the dependency types read "A needs B" (if B slips, A is hit). COORDINATES_WITH is symmetric: stored once, found from both ends. */
export type RelationType =
  /** Goal|Initiative -> Theme: A advances a cross-cutting theme. If A slips, the theme is held back (reported; a theme passes nothing on). */
  | 'ADVANCES'
  /** StatusItem -> Goal|Initiative: the previous year's status line is carried on by this year's goal or initiative. Nothing travels along it. */
  | 'CONTINUES_AS'
  /** Symmetric: A and B are carried out in close coordination ("i tæt samarbejde med", "koordinering imellem"). Stored once, found from both ends; either slipping hits the other. */
  | 'COORDINATES_WITH'
  /** Goal|Initiative|System -> Goal|Initiative|Department|System: A cannot be reached without B (a system that takes data from another depends on it). If B slips, A is hit. */
  | 'DEPENDS_ON'
  /** Milestone -> Milestone: A comes after B ("påbegyndes straks efter 1. juli 2009"). If B moves, A moves with it. */
  | 'FOLLOWS'
  /** Plan -> Department: the plan covers the department (afdeling). */
  | 'HAS_DEPARTMENT'
  /** Goal -> Initiative: the goal's indsatsområde. An initiative slipping hits its goal; a goal slipping does not hit its initiatives (they are the work, not what waits for it). */
  | 'HAS_INITIATIVE'
  /** Goal|Initiative|StatusItem -> Milestone: A is tied to a dated event. If the date moves, A is hit. */
  | 'HAS_MILESTONE'
  /** Department -> StatusItem: a line of the department's status on the previous year. */
  | 'HAS_STATUS'
  /** Plan -> Theme: a cross-cutting theme (tværgående emne) of the plan. */
  | 'HAS_THEME'
  /** Department -> Organisation: an internal unit of the department (Intern Service, Ejendomskontoret). The unit belongs to the department, as a goal does. */
  | 'HAS_UNIT'
  /** Goal|Initiative|StatusItem -> Organisation|Department: A needs an outside party or another department. If the party slips, A is hit; the party is never hit through A. */
  | 'INVOLVES'
  /** Department -> Goal: the department owns the hovedmål (main goal). Nothing travels along it: a department is not hit by everything it owns. */
  | 'OWNS'
  /** System -> System: a module (e.g. OPUS e-indkøb) belongs to its system (OPUS). If the system slips, the module is hit. */
  | 'PART_OF'
  /** System -> System: the new system replaces the old one (OPUS replaces ØS). Nothing travels along it. */
  | 'REPLACES'
  /** Department -> System: the department implements or runs the system, module or project (its owner, `System.owner`). A goal elsewhere that uses the system depends on this department via the system. */
  | 'RESPONSIBLE_FOR'
  /** System -> System: A takes data from B (an integration: "OPUS-løn skal kunne levere oplysninger til GoPro"). If B slips, A's integration is hit; A's users are not hit through it. */
  | 'TAKES_DATA_FROM'
  /** Goal|Initiative|StatusItem -> System: A needs the IT system, module or project. If the system slips, A is hit. */
  | 'USES';

/** A named view to save: new (no id), or a replacement of an existing one (id and version). */
export type SaveViewInput = {
  /** To replace a saved view: its id. */
  id?: string | null | undefined;
  /** The name shown in the header's list (1-120 characters, unique in the plan). */
  name: string;
  /** The plan the view belongs to. */
  planId: string;
  /** The view's query string, starting with "?" (at most 2000 characters). */
  url: string;
  /** To replace a saved view: the version you read; a stale one is refused with CONFLICT. */
  version?: number | null | undefined;
};

/** How a status line of the previous year (status på 2008) turned out, as the plan reports it. */
export type StatusOutcome =
  /** Carried on into the plan year (e.g. "ruller videre i 2009", "Dette projektarbejde vil fortsætte i 2009"); `continuedBy` names where. */
  | 'CONTINUES'
  /** Finished (e.g. "er implementeret", "succesfuldt afsluttet"). */
  | 'DONE'
  /** Attempted and failed. */
  | 'FAILED'
  /** Still running at the end of the year (e.g. "Arbejdet er i gang"). */
  | 'IN_PROGRESS'
  /** Not carried out. */
  | 'NOT_DONE'
  /** Partly finished. */
  | 'PARTLY_DONE'
  /** Put on hold or moved (e.g. "sat på standby"). */
  | 'POSTPONED'
  /** The plan does not say. */
  | 'UNKNOWN';

/** What a suggested fact is. */
export type SuggestionKind =
  /** `from` works with `to` ("i samarbejde med", "koordinering", or both named in one goal). */
  | 'COORDINATION'
  /** `from` needs `to` (a cue such as "forudsætning", "afventer", "når ... er på plads"). */
  | 'DEPENDENCY'
  /** A dated milestone, from a Danish date expression (`label` is the date as written). */
  | 'MILESTONE'
  /** An outside party or body the plan names. */
  | 'ORGANISATION'
  /** The department `from` implements or runs the system `to`. */
  | 'OWNER'
  /** An IT system, module, platform or project the plan names. */
  | 'SYSTEM';

/** Changes to an open suggestion before it is accepted; omitted fields stay. */
export type SuggestionPatch = {
  /** Another first end (node id). */
  from?: string | null | undefined;
  /** Another kind, e.g. COORDINATION instead of DEPENDENCY. */
  kind?: SuggestionKind | null | undefined;
  /** A corrected name or date text. */
  label?: string | null | undefined;
  /** Another other end (node id). */
  to?: string | null | undefined;
};

/** Where a suggestion is in review. */
export type SuggestionStatus =
  /** Accepted: its fact is in the graph. */
  | 'ACCEPTED'
  /** Not reviewed yet. */
  | 'OPEN'
  /** Rejected: nothing was written. */
  | 'REJECTED';

export type EdgeHopFragment = { __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, crossDepartment: boolean, basis: DependencyBasis, viaSystem: { __typename: 'System', id: string, name: string } | null, from:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
  , to:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
   } & { ' $fragmentName'?: 'EdgeHopFragment' };

export type CheckPlannerQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckPlannerQuery = { __typename: 'Query', auditLog: Array<{ __typename: 'AuditEntry', seq: number }> };

export type CompareGoalFragment = { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CompareGoalFragment' };

export type DependencyChangeFragment = { __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
  , to:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
   } & { ' $fragmentName'?: 'DependencyChangeFragment' };

export type ComparisonFragment = { __typename: 'PlanComparison', fromPlanId: string, toPlanId: string, goals: Array<{ __typename: 'GoalChange', change: GoalChangeKind, score: number | null, corrected: boolean, from: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } | null, to: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } | null }>, initiatives: Array<{ __typename: 'InitiativeChange', added: Array<string>, removed: Array<string>, goal: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } }>, systemsIntroduced: Array<{ __typename: 'System', id: string, name: string, category: string }>, systemsRetired: Array<{ __typename: 'System', id: string, name: string, category: string }>, dependenciesAdded: Array<{ __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    , to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }>, dependenciesRemoved: Array<{ __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    , to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }>, milestonesMoved: Array<{ __typename: 'MilestoneMove', from: { __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, dateText: string }, to: { __typename: 'Milestone', timing: MilestoneTiming, id: string, name: string, date: string, endDate: string | null, dateText: string } }> } & { ' $fragmentName'?: 'ComparisonFragment' };

export type ComparePlansQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ComparePlansQuery = { __typename: 'Query', comparePlans: { __typename: 'PlanComparison', fromPlanId: string, toPlanId: string, goals: Array<{ __typename: 'GoalChange', change: GoalChangeKind, score: number | null, corrected: boolean, from: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } | null, to: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } | null }>, initiatives: Array<{ __typename: 'InitiativeChange', added: Array<string>, removed: Array<string>, goal: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } }>, systemsIntroduced: Array<{ __typename: 'System', id: string, name: string, category: string }>, systemsRetired: Array<{ __typename: 'System', id: string, name: string, category: string }>, dependenciesAdded: Array<{ __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      , to:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
       }>, dependenciesRemoved: Array<{ __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      , to:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
       }>, milestonesMoved: Array<{ __typename: 'MilestoneMove', from: { __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, dateText: string }, to: { __typename: 'Milestone', timing: MilestoneTiming, id: string, name: string, date: string, endDate: string | null, dateText: string } }> } };

export type CorrectGoalMatchMutationVariables = Exact<{
  from: string;
  to: string;
  fromGoal?: string | null | undefined;
  toGoal?: string | null | undefined;
}>;


export type CorrectGoalMatchMutation = { __typename: 'Mutation', correctGoalMatch: { __typename: 'PlanComparison', fromPlanId: string, toPlanId: string, goals: Array<{ __typename: 'GoalChange', change: GoalChangeKind, score: number | null, corrected: boolean, from: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } | null, to: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } | null }>, initiatives: Array<{ __typename: 'InitiativeChange', added: Array<string>, removed: Array<string>, goal: { __typename: 'Goal', id: string, letter: string, title: string, department: { __typename: 'Department', id: string, name: string } | null } }>, systemsIntroduced: Array<{ __typename: 'System', id: string, name: string, category: string }>, systemsRetired: Array<{ __typename: 'System', id: string, name: string, category: string }>, dependenciesAdded: Array<{ __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      , to:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
       }>, dependenciesRemoved: Array<{ __typename: 'DependencyChange', type: string, crossDepartment: boolean, evidence: string, from:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      , to:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
       }>, milestonesMoved: Array<{ __typename: 'MilestoneMove', from: { __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, dateText: string }, to: { __typename: 'Milestone', timing: MilestoneTiming, id: string, name: string, date: string, endDate: string | null, dateText: string } }> } };

export type DetailsEdgeFragment = (
  { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
    | { __typename: 'Department', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Initiative', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'StatusItem', id: string }
    | { __typename: 'System', id: string }
    | { __typename: 'Theme', id: string }
  , to:
    | { __typename: 'Department', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Initiative', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'StatusItem', id: string }
    | { __typename: 'System', id: string }
    | { __typename: 'Theme', id: string }
   }
  & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
) & { ' $fragmentName'?: 'DetailsEdgeFragment' };

export type NodeDetailsQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailsQuery = { __typename: 'Query', node:
    | { __typename: 'Department', vision: string, mainTasks: Array<string>, resources: string, staff: number | null, salaryBudget: string | null, source: string, id: string, name: string, kind: NodeKind, goals: Array<{ __typename: 'Goal', id: string, name: string, kind: NodeKind }>, systems: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, title: string, mainGoal: string, strategy: string, source: string, id: string, name: string, kind: NodeKind, initiatives: Array<{ __typename: 'Initiative', id: string, name: string, kind: NodeKind }>, systems: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, milestones: Array<{ __typename: 'Milestone', id: string, name: string, kind: NodeKind, dateText: string }>, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', ordinal: number, text: string, source: string, id: string, name: string, kind: NodeKind, goal: { __typename: 'Goal', id: string, name: string, kind: NodeKind }, systems: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', date: string, endDate: string | null, dateText: string, precision: DatePrecision, source: string, id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', aliases: Array<string>, description: string, source: string, id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', municipality: string, administration: string, year: number, intro: string, source: string, id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', year: number, text: string, outcome: StatusOutcome, outcomeText: string, source: string, id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', category: string, aliases: Array<string>, description: string, ownerEvidence: string | null, source: string, id: string, name: string, kind: NodeKind, parent: { __typename: 'System', id: string, name: string, kind: NodeKind } | null, modules: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, owner: { __typename: 'Department', id: string, name: string } | null, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', year: number, text: string, source: string, id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, dependsOn: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, dependents: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )>, department: { __typename: 'Department', id: string, name: string } | null }
   | null };

export type NodeHistoryQueryVariables = Exact<{
  id: string;
}>;


export type NodeHistoryQuery = { __typename: 'Query', node:
    | { __typename: 'Department', id: string }
    | { __typename: 'Goal', id: string, history: Array<{ __typename: 'StatusItem', id: string, name: string, year: number, text: string, outcome: StatusOutcome, outcomeText: string, department: { __typename: 'Department', id: string, name: string } | null }> }
    | { __typename: 'Initiative', id: string, history: Array<{ __typename: 'StatusItem', id: string, name: string, year: number, text: string, outcome: StatusOutcome, outcomeText: string, department: { __typename: 'Department', id: string, name: string } | null }> }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'StatusItem', year: number, id: string, continuedBy: Array<
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      > }
    | { __typename: 'System', id: string }
    | { __typename: 'Theme', id: string }
   | null };

export type HistoryLineFragment = { __typename: 'StatusItem', id: string, name: string, year: number, text: string, outcome: StatusOutcome, outcomeText: string, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'HistoryLineFragment' };

export type FilterOptionsQueryVariables = Exact<{
  planId?: string | null | undefined;
}>;


export type FilterOptionsQuery = { __typename: 'Query', departments: Array<{ __typename: 'Department', id: string, name: string }> };

export type GraphViewQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  planId?: string | null | undefined;
}>;


export type GraphViewQuery = { __typename: 'Query', graph: { __typename: 'GraphView', truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ __typename: 'GraphNode', id: string, name: string, kind: NodeKind, departmentId: string | null, label: string }>, edges: Array<{ __typename: 'GraphEdge', id: string, source: string, target: string, type: RelationType, evidence: string, section: string, inferred: boolean, crossDepartment: boolean, basis: DependencyBasis }> }, departments: Array<{ __typename: 'Department', id: string, name: string }> };

export type NodeSummaryQueryVariables = Exact<{
  id: string;
}>;


export type NodeSummaryQuery = { __typename: 'Query', node:
    | { __typename: 'Department', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'Goal', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'Initiative', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'Milestone', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'Organisation', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'Plan', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'StatusItem', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'System', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
    | { __typename: 'Theme', id: string, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }
   | null };

export type ImpactQueryVariables = Exact<{
  id: string;
  direction?: ImpactDirection | null | undefined;
  maxDepth?: number | null | undefined;
}>;


export type ImpactQuery = { __typename: 'Query', impact: { __typename: 'Impact', direction: ImpactDirection, maxDepth: number, truncated: boolean, truncatedReason: string | null, root:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }
    , cut: { __typename: 'ImpactCut', nodesBeyondDepth: number, beyondIsLowerBound: boolean, nodesWithinDepth: number, nodeLimit: number | null }, nodes: Array<{ __typename: 'ImpactedNode', depth: number, node:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      , via: Array<(
        { __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, from:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
        , to:
          | { __typename: 'Department', id: string }
          | { __typename: 'Goal', id: string }
          | { __typename: 'Initiative', id: string }
          | { __typename: 'Milestone', id: string }
          | { __typename: 'Organisation', id: string }
          | { __typename: 'Plan', id: string }
          | { __typename: 'StatusItem', id: string }
          | { __typename: 'System', id: string }
          | { __typename: 'Theme', id: string }
         }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )> }>, edges: Array<{ __typename: 'Dependency', id: string }> } };

export type KeyNodesQueryVariables = Exact<{
  planId?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type KeyNodesQuery = { __typename: 'Query', keyNodes: Array<{ __typename: 'KeyNode', dependents: number, directDependents: number, betweenness: number, departments: number, node:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }> };

export type DependencyMatrixQueryVariables = Exact<{
  planId?: string | null | undefined;
  include?: Array<DependencyBasis> | DependencyBasis | null | undefined;
}>;


export type DependencyMatrixQuery = { __typename: 'Query', dependencyMatrix: { __typename: 'DependencyMatrix', include: Array<DependencyBasis>, departments: Array<{ __typename: 'Department', id: string, name: string }>, cells: Array<{ __typename: 'MatrixCell', count: number, stated: number, viaSystem: number, inferred: number, from: { __typename: 'Department', id: string }, to: { __typename: 'Department', id: string } }> } };

type CrossEnd_Department_Fragment = { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Department_Fragment' };

type CrossEnd_Goal_Fragment = { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Goal_Fragment' };

type CrossEnd_Initiative_Fragment = { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Initiative_Fragment' };

type CrossEnd_Milestone_Fragment = { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Milestone_Fragment' };

type CrossEnd_Organisation_Fragment = { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Organisation_Fragment' };

type CrossEnd_Plan_Fragment = { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Plan_Fragment' };

type CrossEnd_StatusItem_Fragment = { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_StatusItem_Fragment' };

type CrossEnd_System_Fragment = { __typename: 'System', id: string, name: string, kind: NodeKind, owner: { __typename: 'Department', id: string, name: string } | null, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_System_Fragment' };

type CrossEnd_Theme_Fragment = { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'CrossEnd_Theme_Fragment' };

export type CrossEndFragment =
  | CrossEnd_Department_Fragment
  | CrossEnd_Goal_Fragment
  | CrossEnd_Initiative_Fragment
  | CrossEnd_Milestone_Fragment
  | CrossEnd_Organisation_Fragment
  | CrossEnd_Plan_Fragment
  | CrossEnd_StatusItem_Fragment
  | CrossEnd_System_Fragment
  | CrossEnd_Theme_Fragment
;

export type CrossDependenciesQueryVariables = Exact<{
  planId?: string | null | undefined;
  include?: Array<DependencyBasis> | DependencyBasis | null | undefined;
}>;


export type CrossDependenciesQuery = { __typename: 'Query', crossDepartmentDependencies: Array<(
    { __typename: 'Dependency', id: string, type: RelationType, inferred: boolean, basis: DependencyBasis, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, owner: { __typename: 'Department', id: string, name: string } | null, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    , to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, owner: { __typename: 'Department', id: string, name: string } | null, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }
    & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
  )> };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  allowHubs?: boolean | null | undefined;
}>;


export type PathQuery = { __typename: 'Query', path: { __typename: 'PathResult', length: number, way: ImpactDirection | null, nodes: Array<
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    >, hops: Array<{ __typename: 'Dependency', id: string }>, steps: Array<{ __typename: 'PathStep', direction: HopDirection, carriesSlip: boolean, from:
        | { __typename: 'Department', id: string }
        | { __typename: 'Goal', id: string }
        | { __typename: 'Initiative', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Plan', id: string }
        | { __typename: 'StatusItem', id: string }
        | { __typename: 'System', id: string }
        | { __typename: 'Theme', id: string }
      , to:
        | { __typename: 'Department', id: string }
        | { __typename: 'Goal', id: string }
        | { __typename: 'Initiative', id: string }
        | { __typename: 'Milestone', id: string }
        | { __typename: 'Organisation', id: string }
        | { __typename: 'Plan', id: string }
        | { __typename: 'StatusItem', id: string }
        | { __typename: 'System', id: string }
        | { __typename: 'Theme', id: string }
      , edge: (
        { __typename: 'Dependency', id: string }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      ) }> } | null };

export type PathEndQueryVariables = Exact<{
  id: string;
}>;


export type PathEndQuery = { __typename: 'Query', node:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
   | null };

export type PlanNodeFragment = { __typename: 'PlanNodeRef', id: string, name: string, kind: NodeKind } & { ' $fragmentName'?: 'PlanNodeFragment' };

export type PlanDocumentQueryVariables = Exact<{
  planId: string;
}>;


export type PlanDocumentQuery = { __typename: 'Query', planDocument: { __typename: 'PlanDocument', planId: string, file: string, sections: Array<{ __typename: 'PlanSection', anchor: string, section: string, heading: string, level: number, blocks: Array<{ __typename: 'PlanBlock', kind: PlanBlockKind, text: string, depth: number }>, quotes: Array<{ __typename: 'PlanQuote', id: string, type: string, quote: string, from: { __typename: 'PlanNodeRef', id: string, name: string, kind: NodeKind }, to: { __typename: 'PlanNodeRef', id: string, name: string, kind: NodeKind } }>, nodes: Array<{ __typename: 'PlanNodeRef', id: string, name: string, kind: NodeKind }> }> } | null };

export type MeetingReportQueryVariables = Exact<{
  planId: string;
}>;


export type MeetingReportQuery = { __typename: 'Query', plans: Array<{ __typename: 'Plan', id: string, name: string, municipality: string, year: number }>, dependencyMatrix: { __typename: 'DependencyMatrix', departments: Array<{ __typename: 'Department', id: string, name: string }>, cells: Array<{ __typename: 'MatrixCell', count: number, stated: number, viaSystem: number, inferred: number, from: { __typename: 'Department', id: string }, to: { __typename: 'Department', id: string } }> }, crossDepartmentDependencies: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, basis: DependencyBasis, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    , to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    , viaSystem: { __typename: 'System', name: string } | null }>, keyNodes: Array<{ __typename: 'KeyNode', dependents: number, directDependents: number, departments: number, node:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }>, timeline: Array<{ __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, past: boolean, timing: MilestoneTiming, department: { __typename: 'Department', id: string, name: string } | null }> };

export type ReviewSuggestionFragment = { __typename: 'Suggestion', id: string, kind: SuggestionKind, label: string, quote: string, section: string, line: number, confidence: number, rule: string, status: SuggestionStatus, version: number, fromId: string | null, toId: string | null, fromLabel: string | null, toLabel: string | null, factId: string | null, from:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
   | null, to:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
   | null } & { ' $fragmentName'?: 'ReviewSuggestionFragment' };

export type ReviewSuggestionsQueryVariables = Exact<{
  planId: string;
  status?: SuggestionStatus | null | undefined;
}>;


export type ReviewSuggestionsQuery = { __typename: 'Query', suggestions: Array<{ __typename: 'Suggestion', id: string, kind: SuggestionKind, label: string, quote: string, section: string, line: number, confidence: number, rule: string, status: SuggestionStatus, version: number, fromId: string | null, toId: string | null, fromLabel: string | null, toLabel: string | null, factId: string | null, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null, to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null }> };

export type AcceptSuggestionMutationVariables = Exact<{
  id: string;
}>;


export type AcceptSuggestionMutation = { __typename: 'Mutation', acceptSuggestion: { __typename: 'Suggestion', id: string, kind: SuggestionKind, label: string, quote: string, section: string, line: number, confidence: number, rule: string, status: SuggestionStatus, version: number, fromId: string | null, toId: string | null, fromLabel: string | null, toLabel: string | null, factId: string | null, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null, to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null } };

export type RejectSuggestionMutationVariables = Exact<{
  id: string;
}>;


export type RejectSuggestionMutation = { __typename: 'Mutation', rejectSuggestion: { __typename: 'Suggestion', id: string, kind: SuggestionKind, label: string, quote: string, section: string, line: number, confidence: number, rule: string, status: SuggestionStatus, version: number, fromId: string | null, toId: string | null, fromLabel: string | null, toLabel: string | null, factId: string | null, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null, to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null } };

export type EditSuggestionMutationVariables = Exact<{
  id: string;
  patch: SuggestionPatch;
}>;


export type EditSuggestionMutation = { __typename: 'Mutation', editSuggestion: { __typename: 'Suggestion', id: string, kind: SuggestionKind, label: string, quote: string, section: string, line: number, confidence: number, rule: string, status: SuggestionStatus, version: number, fromId: string | null, toId: string | null, fromLabel: string | null, toLabel: string | null, factId: string | null, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null, to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null } };

export type AcceptSuggestionsOfRuleMutationVariables = Exact<{
  planId: string;
  rule: string;
}>;


export type AcceptSuggestionsOfRuleMutation = { __typename: 'Mutation', acceptSuggestionsOfRule: Array<{ __typename: 'Suggestion', id: string, kind: SuggestionKind, label: string, quote: string, section: string, line: number, confidence: number, rule: string, status: SuggestionStatus, version: number, fromId: string | null, toId: string | null, fromLabel: string | null, toLabel: string | null, factId: string | null, from:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null, to:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     | null }> };

export type ReviewEndpointsQueryVariables = Exact<{
  planId: string;
}>;


export type ReviewEndpointsQuery = { __typename: 'Query', departments: Array<{ __typename: 'Department', id: string, name: string, goals: Array<{ __typename: 'Goal', id: string, name: string, letter: string, initiatives: Array<{ __typename: 'Initiative', id: string, name: string }> }> }>, systems: Array<{ __typename: 'System', id: string, name: string }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
  planId?: string | null | undefined;
}>;


export type SearchQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', score: number, field: string, snippetParts: Array<{ __typename: 'SnippetPart', text: string, match: boolean }>, node:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }> };

export type SystemListQueryVariables = Exact<{
  planId?: string | null | undefined;
}>;


export type SystemListQuery = { __typename: 'Query', systems: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind, category: string, parent: { __typename: 'System', id: string } | null, owner: { __typename: 'Department', id: string, name: string } | null, dependentCount: { __typename: 'DependentCount', direct: number, all: number } }> };

export type SystemLinksQueryVariables = Exact<{
  id: string;
}>;


export type SystemLinksQuery = { __typename: 'Query', systemLinks: { __typename: 'SystemLinks', system: { __typename: 'System', category: string, description: string, aliases: Array<string>, ownerEvidence: string | null, id: string, name: string, kind: NodeKind, owner: { __typename: 'Department', id: string, name: string } | null, dependentCount: { __typename: 'DependentCount', direct: number, all: number, departments: number }, department: { __typename: 'Department', id: string, name: string } | null }, modules: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, byDepartment: Array<{ __typename: 'DepartmentLinks', department: { __typename: 'Department', id: string, name: string }, goals: Array<{ __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }>, edges: Array<(
        { __typename: 'Dependency', id: string, inferred: boolean }
        & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
      )> }>, otherEdges: Array<(
      { __typename: 'Dependency', id: string, inferred: boolean }
      & { ' $fragmentRefs'?: { 'EdgeHopFragment': EdgeHopFragment } }
    )> } };

export type StatusThreadQueryVariables = Exact<{
  planId?: string | null | undefined;
}>;


export type StatusThreadQuery = { __typename: 'Query', departments: Array<{ __typename: 'Department', id: string, name: string, statusItems: Array<{ __typename: 'StatusItem', id: string, name: string, text: string, year: number, outcome: StatusOutcome, outcomeText: string, continuedBy: Array<
        | { __typename: 'Department', id: string, name: string, kind: NodeKind }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind }
        | { __typename: 'System', id: string, name: string, kind: NodeKind }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind }
      > }> }> };

export type TimelineQueryVariables = Exact<{
  planId?: string | null | undefined;
}>;


export type TimelineQuery = { __typename: 'Query', timeline: Array<{ __typename: 'Milestone', date: string, endDate: string | null, dateText: string, precision: DatePrecision, timing: MilestoneTiming, past: boolean, id: string, name: string, kind: NodeKind, follows: { __typename: 'Milestone', id: string, name: string } | null, department: { __typename: 'Department', id: string, name: string } | null }> };

export type WhatIfQueryVariables = Exact<{
  milestone: string;
  slipDays: number;
}>;


export type WhatIfQuery = { __typename: 'Query', whatIf: { __typename: 'WhatIf', slipDays: number, newDate: string, newEndDate: string | null, truncated: boolean, milestone: { __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, dateText: string }, moved: Array<{ __typename: 'MovedMilestone', newDate: string, newEndDate: string | null, milestone: { __typename: 'Milestone', timing: MilestoneTiming, id: string, name: string, date: string, endDate: string | null, dateText: string } }>, fixed: Array<{ __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, dateText: string }>, missedDeadlines: Array<{ __typename: 'MissedDeadline', deadline: string, oldDate: string, newDate: string, daysLate: number, milestone: { __typename: 'Milestone', id: string, name: string, dateText: string }, holders: Array<{ __typename: 'DeadlineHolder', id: string, name: string, kind: NodeKind }> }>, goals: Array<{ __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }>, initiatives: Array<{ __typename: 'Initiative', id: string }>, affected: Array<{ __typename: 'ImpactedNode', depth: number, node:
        | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
       }> } };

export type SavedViewFragment = { __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, version: number } & { ' $fragmentName'?: 'SavedViewFragment' };

export type SavedViewsQueryVariables = Exact<{
  planId: string;
}>;


export type SavedViewsQuery = { __typename: 'Query', views: Array<{ __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, version: number }> };

export type SaveViewMutationVariables = Exact<{
  input: SaveViewInput;
}>;


export type SaveViewMutation = { __typename: 'Mutation', saveView: { __typename: 'SavedView', id: string, name: string, url: string, createdBy: string, version: number } };

export type DeleteViewMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteViewMutation = { __typename: 'Mutation', deleteView: { __typename: 'DeleteResult', deletedIds: Array<string> } };

type NodeRef_Department_Fragment = { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Department_Fragment' };

type NodeRef_Goal_Fragment = { __typename: 'Goal', letter: string, id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Goal_Fragment' };

type NodeRef_Initiative_Fragment = { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Initiative_Fragment' };

type NodeRef_Milestone_Fragment = { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Milestone_Fragment' };

type NodeRef_Organisation_Fragment = { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Organisation_Fragment' };

type NodeRef_Plan_Fragment = { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Plan_Fragment' };

type NodeRef_StatusItem_Fragment = { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_StatusItem_Fragment' };

type NodeRef_System_Fragment = { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_System_Fragment' };

type NodeRef_Theme_Fragment = { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeRef_Theme_Fragment' };

export type NodeRefFragment =
  | NodeRef_Department_Fragment
  | NodeRef_Goal_Fragment
  | NodeRef_Initiative_Fragment
  | NodeRef_Milestone_Fragment
  | NodeRef_Organisation_Fragment
  | NodeRef_Plan_Fragment
  | NodeRef_StatusItem_Fragment
  | NodeRef_System_Fragment
  | NodeRef_Theme_Fragment
;

export type MilestoneDatesFragment = { __typename: 'Milestone', id: string, name: string, date: string, endDate: string | null, dateText: string } & { ' $fragmentName'?: 'MilestoneDatesFragment' };

export type MatrixCellsFragment = { __typename: 'DependencyMatrix', departments: Array<{ __typename: 'Department', id: string, name: string }>, cells: Array<{ __typename: 'MatrixCell', count: number, stated: number, viaSystem: number, inferred: number, from: { __typename: 'Department', id: string }, to: { __typename: 'Department', id: string } }> } & { ' $fragmentName'?: 'MatrixCellsFragment' };

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { __typename: 'Query', plans: Array<{ __typename: 'Plan', id: string, name: string, municipality: string, administration: string, year: number }> };

export const CompareGoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompareGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompareGoalFragment, unknown>;
export const NodeRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<NodeRefFragment, unknown>;
export const DependencyChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DependencyChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<DependencyChangeFragment, unknown>;
export const MilestoneDatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}}]} as unknown as DocumentNode<MilestoneDatesFragment, unknown>;
export const ComparisonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"toPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemsIntroduced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemsRetired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependenciesAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyChange"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"dependenciesRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyChange"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"timing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompareGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DependencyChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}}]} as unknown as DocumentNode<ComparisonFragment, unknown>;
export const EdgeHopFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<EdgeHopFragment, unknown>;
export const DetailsEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailsEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<DetailsEdgeFragment, unknown>;
export const HistoryLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HistoryLineFragment, unknown>;
export const CrossEndFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrossEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"System"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<CrossEndFragment, unknown>;
export const PlanNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanNodeRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<PlanNodeFragment, unknown>;
export const ReviewSuggestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<ReviewSuggestionFragment, unknown>;
export const SavedViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SavedViewFragment, unknown>;
export const MatrixCellsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixCells"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixCellsFragment, unknown>;
export const CheckPlannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckPlanner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<CheckPlannerQuery, CheckPlannerQueryVariables>;
export const ComparePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Comparison"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompareGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DependencyChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"toPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemsIntroduced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemsRetired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependenciesAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyChange"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"dependenciesRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyChange"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"timing"}}]}}]}}]}}]} as unknown as DocumentNode<ComparePlansQuery, ComparePlansQueryVariables>;
export const CorrectGoalMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectGoalMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromGoal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toGoal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctGoalMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromGoal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromGoal"}}},{"kind":"Argument","name":{"kind":"Name","value":"toGoal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toGoal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Comparison"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompareGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DependencyChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"toPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompareGoal"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemsIntroduced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemsRetired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependenciesAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyChange"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"dependenciesRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyChange"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"timing"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectGoalMatchMutation, CorrectGoalMatchMutationVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dependentCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailsEdge"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailsEdge"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"administration"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"mainTasks"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"salaryBudget"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mainGoal"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"System"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerEvidence"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeText"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailsEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NodeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryLine"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryLine"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"continuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const GraphViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalEdges"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GraphViewQuery, GraphViewQueryVariables>;
export const NodeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dependentCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"all"}}]}}]}}]}}]} as unknown as DocumentNode<NodeSummaryQuery, NodeSummaryQueryVariables>;
export const ImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Impact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"dependentCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"maxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesBeyondDepth"}},{"kind":"Field","name":{"kind":"Name","value":"beyondIsLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"nodesWithinDepth"}},{"kind":"Field","name":{"kind":"Name","value":"nodeLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const KeyNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"}},{"kind":"Field","name":{"kind":"Name","value":"directDependents"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}}]}}]} as unknown as DocumentNode<KeyNodesQuery, KeyNodesQueryVariables>;
export const DependencyMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DependencyMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"include"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyBasis"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"include"},"value":{"kind":"Variable","name":{"kind":"Name","value":"include"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"include"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatrixCells"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixCells"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DependencyMatrixQuery, DependencyMatrixQueryVariables>;
export const CrossDependenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossDependencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"include"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyBasis"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crossDepartmentDependencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"include"},"value":{"kind":"Variable","name":{"kind":"Name","value":"include"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrossEnd"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrossEnd"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrossEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"System"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<CrossDependenciesQuery, CrossDependenciesQueryVariables>;
export const PathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Path"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowHubs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowHubs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowHubs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"way"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"carriesSlip"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<PathQuery, PathQueryVariables>;
export const PathEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<PathEndQuery, PathEndQueryVariables>;
export const PlanDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanNode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanNode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanNode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanNodeRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<PlanDocumentQuery, PlanDocumentQueryVariables>;
export const MeetingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependencyMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"include"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATED"},{"kind":"EnumValue","value":"VIA_SYSTEM"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatrixCells"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartmentDependencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"include"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATED"},{"kind":"EnumValue","value":"VIA_SYSTEM"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependents"}},{"kind":"Field","name":{"kind":"Name","value":"directDependents"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"past"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatrixCells"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<MeetingReportQuery, MeetingReportQueryVariables>;
export const ReviewSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSuggestion"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<ReviewSuggestionsQuery, ReviewSuggestionsQueryVariables>;
export const AcceptSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSuggestion"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionMutation, AcceptSuggestionMutationVariables>;
export const RejectSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSuggestion"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<RejectSuggestionMutation, RejectSuggestionMutationVariables>;
export const EditSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSuggestion"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<EditSuggestionMutation, EditSuggestionMutationVariables>;
export const AcceptSuggestionsOfRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestionsOfRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestionsOfRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSuggestion"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionsOfRuleMutation, AcceptSuggestionsOfRuleMutationVariables>;
export const ReviewEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewEndpointsQuery, ReviewEndpointsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippetParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"match"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SystemListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependentCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"all"}}]}}]}}]}}]} as unknown as DocumentNode<SystemListQuery, SystemListQueryVariables>;
export const SystemLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"dependentCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherEdges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeHop"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeHop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"viaSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<SystemLinksQuery, SystemLinksQueryVariables>;
export const StatusThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statusItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"continuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusThreadQuery, StatusThreadQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"past"}},{"kind":"Field","name":{"kind":"Name","value":"follows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const WhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slipDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestone"}}},{"kind":"Argument","name":{"kind":"Name","value":"slipDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slipDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slipDays"}},{"kind":"Field","name":{"kind":"Name","value":"newDate"}},{"kind":"Field","name":{"kind":"Name","value":"newEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newDate"}},{"kind":"Field","name":{"kind":"Name","value":"newEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"timing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneDates"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"missedDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"oldDate"}},{"kind":"Field","name":{"kind":"Name","value":"newDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<WhatIfQuery, WhatIfQueryVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedView"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SaveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedView"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveViewMutation, SaveViewMutationVariables>;
export const DeleteViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}}]}}]}}]} as unknown as DocumentNode<DeleteViewMutation, DeleteViewMutationVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"administration"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;