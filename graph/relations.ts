/**
 * The relationship vocabulary of the plan graph, in one table. Every relationship type has
 * one entry: which node kinds it joins, what it means (Danish and English: the client's
 * verb and legend), its class, whether it is symmetric, and how a slip travels along it.
 *
 * Everything else is derived from this table: the stored types (model.ts `REL_TYPES`), the
 * facts validator's endpoint rules, the synthetic generator's shape check, the GraphQL enum
 * and its descriptions, the client's legend and verbs (generated into client/src/gql), and
 * the impact, path and dependents rules (algorithms/slip.ts). A type without an entry does
 * not exist; an entry without every field fails to compile.
 *
 * Reading `A -[T]-> B`:
 * - `slip: "to-from"`: A needs B. If B slips, A is hit (A is downstream of B).
 * - `slip: "from-to"`: if A slips, B is hit (a goal holds back the theme it advances).
 * - `slip: "both"`: a symmetric relation (coordination): either slipping hits the other.
 * - `slip: "none"`: structure, ownership, history: nothing travels along it.
 * Whether the node reached passes the slip on depends on the relation (`passesOn`) and on
 * its kind (`SLIP_ROLE`): goals,
 * initiatives, systems and milestones do; departments, organisations and themes are
 * reported as hit but never fan out to everything they own or take part in.
 */
import type { NodeKind } from "./model.js";

/** dependency: one thing needs another; structure: the plan's shape and ownership; reference: dates and themes; history: what came before. */
export type RelationClass = "dependency" | "structure" | "reference" | "history";

export type SlipWay = "to-from" | "from-to" | "both" | "none";

export interface RelationText {
  /** Short name for legends and filters, e.g. "bruger". */
  label: string;
  /** `A <verb> B` as a sentence fragment, e.g. "bruger systemet". */
  verb: string;
  /** `B <inverse> A`: the same edge read from its far end, e.g. "bruges af". */
  inverse: string;
  /** One sentence for the legend and tooltips. */
  legend: string;
}

export interface RelationSpec {
  from: readonly NodeKind[];
  to: readonly NodeKind[];
  class: RelationClass;
  /** True when `A -[T]-> B` says the same as `B -[T]-> A` (stored once, read both ways). */
  symmetric: boolean;
  slip: SlipWay;
  /**
   * Whether the node a slip reaches along this relation may pass it on (if its kind does). A
   * system that takes data from another is hit in that integration, but its users are not.
   */
  passesOn: boolean;
  /** True when a facts file may state it; the others come from the document's structure. */
  curated: boolean;
  /** The GraphQL enum value's description (English, for analysts). */
  description: string;
  da: RelationText;
  en: RelationText;
}

export const RELATIONS = {
  HAS_DEPARTMENT: {
    from: ["Plan"],
    to: ["Department"],
    class: "structure",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: false,
    description: "Plan -> Department: the plan covers the department (afdeling).",
    da: {
      label: "har afdeling",
      verb: "omfatter afdelingen",
      inverse: "indgår i planen",
      legend: "Planen omfatter afdelingen.",
    },
    en: {
      label: "has department",
      verb: "covers the department",
      inverse: "is covered by the plan",
      legend: "The plan covers the department.",
    },
  },
  HAS_THEME: {
    from: ["Plan"],
    to: ["Theme"],
    class: "structure",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: false,
    description: "Plan -> Theme: a cross-cutting theme (tværgående emne) of the plan.",
    da: {
      label: "har tema",
      verb: "har det tværgående tema",
      inverse: "er tema i planen",
      legend: "Et tværgående tema i planen.",
    },
    en: {
      label: "has theme",
      verb: "has the cross-cutting theme",
      inverse: "is a theme of the plan",
      legend: "A cross-cutting theme of the plan.",
    },
  },
  HAS_STATUS: {
    from: ["Department"],
    to: ["StatusItem"],
    class: "history",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: false,
    description: "Department -> StatusItem: a line of the department's status on the previous year.",
    da: {
      label: "status",
      verb: "gør status over",
      inverse: "er status for",
      legend: "Afdelingens status på året før.",
    },
    en: {
      label: "status",
      verb: "reports the status of",
      inverse: "is a status line of",
      legend: "The department's status on the year before.",
    },
  },
  OWNS: {
    from: ["Department"],
    to: ["Goal"],
    class: "structure",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: false,
    description:
      "Department -> Goal: the department owns the hovedmål (main goal). Nothing travels along it: a department is not hit by everything it owns.",
    da: { label: "ejer", verb: "ejer hovedmålet", inverse: "ejes af", legend: "Afdelingen ejer hovedmålet." },
    en: {
      label: "owns",
      verb: "owns the main goal",
      inverse: "is owned by",
      legend: "The department owns the main goal.",
    },
  },
  HAS_UNIT: {
    from: ["Department"],
    to: ["Organisation"],
    class: "structure",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: true,
    description:
      "Department -> Organisation: an internal unit of the department (Intern Service, Ejendomskontoret). The unit belongs to the department, as a goal does.",
    da: {
      label: "har enheden",
      verb: "har enheden",
      inverse: "er en enhed i",
      legend: "Enheden hører til afdelingen.",
    },
    en: {
      label: "has unit",
      verb: "has the unit",
      inverse: "is a unit of",
      legend: "The unit belongs to the department.",
    },
  },
  RESPONSIBLE_FOR: {
    from: ["Department"],
    to: ["System"],
    class: "structure",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: true,
    description:
      "Department -> System: the department implements or runs the system, module or project (its owner, `System.owner`). A goal elsewhere that uses the system depends on this department via the system.",
    da: {
      label: "ansvarlig for",
      verb: "er ansvarlig for",
      inverse: "drives af",
      legend: "Afdelingen implementerer eller driver systemet.",
    },
    en: {
      label: "responsible for",
      verb: "is responsible for",
      inverse: "is run by",
      legend: "The department implements or runs the system.",
    },
  },
  HAS_INITIATIVE: {
    from: ["Goal"],
    to: ["Initiative"],
    class: "structure",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: false,
    description:
      "Goal -> Initiative: the goal's indsatsområde. An initiative slipping hits its goal; a goal slipping does not hit its initiatives (they are the work, not what waits for it).",
    da: {
      label: "indsats",
      verb: "har indsatsen",
      inverse: "er indsats under",
      legend: "Hovedmålet har indsatsen; skrider indsatsen, rammes målet.",
    },
    en: {
      label: "initiative",
      verb: "has the initiative",
      inverse: "is an initiative of",
      legend: "The goal has the initiative; if it slips, the goal is hit.",
    },
  },
  DEPENDS_ON: {
    from: ["Goal", "Initiative", "System"],
    to: ["Goal", "Initiative", "Department", "System"],
    class: "dependency",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: true,
    description:
      "Goal|Initiative|System -> Goal|Initiative|Department|System: A cannot be reached without B (a system that takes data from another depends on it). If B slips, A is hit.",
    da: {
      label: "afhænger af",
      verb: "afhænger af",
      inverse: "er forudsætning for",
      legend: "A afhænger af B; skrider B, rammes A.",
    },
    en: {
      label: "depends on",
      verb: "depends on",
      inverse: "is needed by",
      legend: "A depends on B; if B slips, A is hit.",
    },
  },
  USES: {
    from: ["Goal", "Initiative", "StatusItem"],
    to: ["System"],
    class: "dependency",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: true,
    description:
      "Goal|Initiative|StatusItem -> System: A needs the IT system, module or project. If the system slips, A is hit.",
    da: {
      label: "bruger",
      verb: "bruger systemet",
      inverse: "bruges af",
      legend: "A bruger systemet; skrider systemet, rammes A.",
    },
    en: {
      label: "uses",
      verb: "uses the system",
      inverse: "is used by",
      legend: "A uses the system; if it slips, A is hit.",
    },
  },
  PART_OF: {
    from: ["System"],
    to: ["System"],
    class: "structure",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: true,
    description:
      "System -> System: a module (e.g. OPUS e-indkøb) belongs to its system (OPUS). If the system slips, the module is hit.",
    da: {
      label: "modul af",
      verb: "er et modul af",
      inverse: "har modulet",
      legend: "Modulet hører til systemet; skrider systemet, rammes modulet.",
    },
    en: {
      label: "module of",
      verb: "is a module of",
      inverse: "has the module",
      legend: "The module belongs to the system; if the system slips, the module is hit.",
    },
  },
  TAKES_DATA_FROM: {
    from: ["System"],
    to: ["System"],
    class: "dependency",
    symmetric: false,
    slip: "to-from",
    passesOn: false,
    curated: true,
    description:
      "System -> System: A takes data from B (an integration: \"OPUS-løn skal kunne levere oplysninger til GoPro\"). If B slips, A's integration is hit; A's users are not hit through it.",
    da: {
      label: "henter data fra",
      verb: "henter data fra",
      inverse: "leverer data til",
      legend: "A henter data fra B; skrider B, rammes integrationen i A.",
    },
    en: {
      label: "takes data from",
      verb: "takes data from",
      inverse: "supplies data to",
      legend: "A takes data from B; if B slips, A's integration is hit.",
    },
  },
  REPLACES: {
    from: ["System"],
    to: ["System"],
    class: "history",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: true,
    description: "System -> System: the new system replaces the old one (OPUS replaces ØS). Nothing travels along it.",
    da: {
      label: "erstatter",
      verb: "erstatter",
      inverse: "erstattes af",
      legend: "Det nye system erstatter det gamle.",
    },
    en: {
      label: "replaces",
      verb: "replaces",
      inverse: "is replaced by",
      legend: "The new system replaces the old one.",
    },
  },
  INVOLVES: {
    from: ["Goal", "Initiative", "StatusItem"],
    to: ["Organisation", "Department"],
    class: "dependency",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: true,
    description:
      "Goal|Initiative|StatusItem -> Organisation|Department: A needs an outside party or another department. If the party slips, A is hit; the party is never hit through A.",
    da: {
      label: "involverer",
      verb: "involverer",
      inverse: "er involveret i",
      legend: "A involverer parten; svigter parten, rammes A.",
    },
    en: {
      label: "involves",
      verb: "involves",
      inverse: "takes part in",
      legend: "A involves the party; if the party fails, A is hit.",
    },
  },
  COORDINATES_WITH: {
    from: ["Goal", "Initiative", "System", "Department", "Organisation"],
    to: ["Goal", "Initiative", "System", "Department", "Organisation"],
    class: "dependency",
    symmetric: true,
    slip: "both",
    passesOn: true,
    curated: true,
    description:
      'Symmetric: A and B are carried out in close coordination ("i tæt samarbejde med", "koordinering imellem"). Stored once, found from both ends; either slipping hits the other.',
    da: {
      label: "koordineres med",
      verb: "koordineres med",
      inverse: "koordineres med",
      legend: "A og B koordineres; skrider den ene, rammes den anden.",
    },
    en: {
      label: "coordinates with",
      verb: "is coordinated with",
      inverse: "is coordinated with",
      legend: "A and B are coordinated; if one slips, the other is hit.",
    },
  },
  HAS_MILESTONE: {
    from: ["Goal", "Initiative", "StatusItem"],
    to: ["Milestone"],
    class: "reference",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: true,
    description: "Goal|Initiative|StatusItem -> Milestone: A is tied to a dated event. If the date moves, A is hit.",
    da: {
      label: "dato",
      verb: "er knyttet til datoen",
      inverse: "er dato for",
      legend: "A er knyttet til datoen; flytter den, rammes A.",
    },
    en: {
      label: "milestone",
      verb: "is tied to the date",
      inverse: "is the date of",
      legend: "A is tied to the date; if it moves, A is hit.",
    },
  },
  FOLLOWS: {
    from: ["Milestone"],
    to: ["Milestone"],
    class: "reference",
    symmetric: false,
    slip: "to-from",
    passesOn: true,
    curated: true,
    description:
      'Milestone -> Milestone: A comes after B ("påbegyndes straks efter 1. juli 2009"). If B moves, A moves with it.',
    da: {
      label: "følger efter",
      verb: "følger efter",
      inverse: "går forud for",
      legend: "A kommer efter B; flytter B, flytter A med.",
    },
    en: {
      label: "follows",
      verb: "follows",
      inverse: "precedes",
      legend: "A comes after B; if B moves, A moves with it.",
    },
  },
  ADVANCES: {
    from: ["Goal", "Initiative"],
    to: ["Theme"],
    class: "reference",
    symmetric: false,
    slip: "from-to",
    passesOn: true,
    curated: true,
    description:
      "Goal|Initiative -> Theme: A advances a cross-cutting theme. If A slips, the theme is held back (reported; a theme passes nothing on).",
    da: {
      label: "fremmer",
      verb: "fremmer temaet",
      inverse: "fremmes af",
      legend: "A fremmer temaet; skrider A, holdes temaet tilbage.",
    },
    en: {
      label: "advances",
      verb: "advances the theme",
      inverse: "is advanced by",
      legend: "A advances the theme; if A slips, the theme is held back.",
    },
  },
  CONTINUES_AS: {
    from: ["StatusItem"],
    to: ["Goal", "Initiative"],
    class: "history",
    symmetric: false,
    slip: "none",
    passesOn: false,
    curated: true,
    description:
      "StatusItem -> Goal|Initiative: the previous year's status line is carried on by this year's goal or initiative. Nothing travels along it.",
    da: {
      label: "videreføres i",
      verb: "videreføres i",
      inverse: "viderefører",
      legend: "Sidste års status videreføres i årets mål eller indsats.",
    },
    en: {
      label: "continues as",
      verb: "is carried on by",
      inverse: "carries on",
      legend: "Last year's status line is carried on by this year's goal or initiative.",
    },
  },
} as const satisfies Record<string, RelationSpec>;

export type RelType = keyof typeof RELATIONS;

/** Every relationship type, in the table's order. */
export const REL_TYPES = Object.keys(RELATIONS) as RelType[];

export const relation = (type: RelType): RelationSpec => RELATIONS[type];

/** The types along which a slip travels in some direction. */
export const SLIP_TYPES = REL_TYPES.filter((t) => RELATIONS[t].slip !== "none");

/** The types a facts file may state. */
export const CURATED_TYPES = REL_TYPES.filter((t) => RELATIONS[t].curated);

/**
 * What a node of each kind does with a slip that reaches it:
 * - passes: it is hit and hits what leans on it (goals, initiatives, systems, milestones);
 * - stops: it is reported as hit (an affected department, party or theme) but passes nothing
 *   on: a department is not hit by a slip just because one of its goals is;
 * - never: it is not hit at all (the plan itself, and status lines of a year already past).
 * The root of an impact question always passes its slip on, whatever its kind.
 */
export const SLIP_ROLE: Record<NodeKind, "passes" | "stops" | "never"> = {
  Plan: "never",
  Department: "stops",
  Goal: "passes",
  Initiative: "passes",
  System: "passes",
  Organisation: "stops",
  Milestone: "passes",
  Theme: "stops",
  StatusItem: "never",
};

/** Kinds that are reported when a slip reaches them but never pass it on. */
export const HUB_KINDS = (Object.keys(SLIP_ROLE) as NodeKind[]).filter((k) => SLIP_ROLE[k] !== "passes");
