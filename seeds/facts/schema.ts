/**
 * The shape of a curated facts file (seeds/*.facts.yaml). Strict objects, so a misspelt
 * key ("evidance") is an error rather than a silently missing field.
 */
import { z } from "zod";
import { DATE_PRECISIONS, MILESTONE_TIMINGS, STATUS_OUTCOMES } from "../../graph/model.js";
import { CURATED_TYPES, type RelType } from "../../graph/relations.js";

/** Edge types a facts file may state (relations.ts `curated`); the structural ones come from the document. */
export const CURATED_EDGE_TYPES = CURATED_TYPES as [RelType, ...RelType[]];
export type CuratedEdgeType = RelType;

export const SYSTEM_CATEGORIES = ["system", "module", "platform", "project", "infrastructure"] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug (a-z, 0-9, -)");
const isoDate = z.iso.date("must be an ISO date (YYYY-MM-DD)");
const text = z.string().trim().min(1, "must not be empty");
/** A local reference, e.g. "goal:it-afdelingen/E"; resolved by refs.ts. */
const ref = z.string().regex(/^(plan|[a-z]+:\S+)$/, 'must be a reference like "goal:<department>/<letter>"');

const system = z.strictObject({
  id: slug,
  name: text,
  category: z.enum(SYSTEM_CATEGORIES),
  aliases: z.array(text).default([]),
  description: z.string().default(""),
  /** Heading path to record as the node's source; else where the name first occurs. */
  section: z.string().optional(),
  /**
   * The department that implements or runs it ("dept:<dept>"), or "none" when the plan names
   * no owner. Required, so that every system's owner is a decision, never an omission.
   */
  owner: z.union([z.literal("none"), ref], { error: 'must be a department reference ("dept:<dept>") or "none"' }),
  /** The passage of the plan that names the owner (required with a department, absent with "none"). */
  ownerEvidence: z.string().optional(),
});

const organisation = z.strictObject({
  id: slug,
  name: text,
  aliases: z.array(text).default([]),
  description: z.string().default(""),
  section: z.string().optional(),
  /** For an internal unit ("Intern Service"): its department, "dept:<dept>". Absent for an outside party. */
  unitOf: ref.optional(),
  /** The passage of the plan that places the unit in its department (required with unitOf). */
  unitEvidence: z.string().optional(),
});

const milestone = z
  .strictObject({
    id: slug,
    name: text,
    date: isoDate,
    endDate: isoDate.nullable().default(null),
    /** The date as the plan writes it; must occur in the plan. */
    dateText: text,
    precision: z.enum(DATE_PRECISIONS),
    /** What the date means: DEADLINE, START, POINT, PERIOD or RECURRING. */
    timing: z.enum(MILESTONE_TIMINGS, { error: `must be one of ${MILESTONE_TIMINGS.join(", ")}` }),
    /** For a START (or anything) that comes right after another dated event: that milestone, "milestone:<id>". */
    follows: ref.optional(),
    /** The passage that says it follows (required with follows). */
    followsEvidence: z.string().optional(),
    section: z.string().optional(),
  })
  .refine((m) => m.endDate === null || m.endDate >= m.date, { message: "endDate is before date", path: ["endDate"] })
  .refine((m) => m.precision !== "RANGE" || m.endDate !== null, {
    message: "a RANGE needs an endDate",
    path: ["endDate"],
  });

const edge = z
  .strictObject({
    from: ref,
    type: z.enum(CURATED_EDGE_TYPES),
    to: ref,
    /** Verbatim passage of the plan that states the edge (or, when inferred, supports it). */
    evidence: z.string().default(""),
    /** Heading path; by default the section where the evidence is found. */
    section: z.string().optional(),
    inferred: z.boolean().default(false),
    /** Why an inferred edge is believed. */
    reason: z.string().optional(),
    /** The evidence lies outside the from-node's own section on purpose; `crossSectionReason` says why. */
    crossSection: z.boolean().default(false),
    crossSectionReason: z.string().optional(),
  })
  .refine((e) => e.evidence.trim() !== "", {
    message:
      "an edge needs evidence: the verbatim passage that states it (an inferred edge quotes the passage it rests on and gives its reason)",
    path: ["evidence"],
  })
  .refine((e) => !e.inferred || (e.reason ?? "").trim() !== "", {
    message: "an inferred edge needs a reason",
    path: ["reason"],
  })
  .refine((e) => !e.crossSection || (e.crossSectionReason ?? "").trim() !== "", {
    message: "crossSection: true needs a crossSectionReason",
    path: ["crossSectionReason"],
  });

/**
 * A status line's outcome as the curators read it, where the parser's reading is too coarse:
 * the outcome and the verbatim phrase of the plan that says so.
 */
const statusOutcome = z.strictObject({ status: ref, outcome: z.enum(STATUS_OUTCOMES), phrase: text });

/**
 * A passage the coverage check (seeds/coverage) flags that deliberately gets no fact: the
 * flagged text as the plan writes it, why it is left out, and optionally the section (or
 * plan line) it is limited to; without one it covers every occurrence.
 */
const ignoredCoverage = z.strictObject({ text: text, reason: text, section: z.string().optional() });

/** A detected alias match the curators have judged wrong. */
const ignoredDetection = z.strictObject({ from: ref, to: ref, reason: text });

export const factsSchema = z.strictObject({
  plan: z.strictObject({ id: slug, file: text, municipality: text }),
  systems: z.array(system).default([]),
  organisations: z.array(organisation).default([]),
  milestones: z.array(milestone).default([]),
  edges: z.array(edge).default([]),
  ignoreDetected: z.array(ignoredDetection).default([]),
  statusOutcomes: z.array(statusOutcome).default([]),
  /** Coverage findings judged not to be facts (see `npm run facts:coverage`). */
  ignore: z.array(ignoredCoverage).default([]),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactEdge = Facts["edges"][number];
export type FactSystem = Facts["systems"][number];
export type FactIgnore = Facts["ignore"][number];
