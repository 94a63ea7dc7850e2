/**
 * Synthetic plans shaped like the real one (4-6 departments, 5-14 lettered goals each, 1-6
 * initiatives per goal, shared systems with modules, organisations, milestones, themes,
 * status items) with cross-department DEPENDS_ON / INVOLVES and USES edges, every edge with
 * evidence and section. Plan `i` depends only on (seed, i): any prefix of the sequence is
 * the same whatever is generated after it, so 1k, 10k and 100k node sets nest.
 */
import type { PlanGraph, PlanGraphEdge, PlanGraphNode, RelType } from "../model.js";
import { slugify } from "../stored.js";
import { createRng, mixSeed, type Rng } from "./prng.js";
import { dateText, evidenceText, initiativeText, isoDate, mainGoalText, strategyText, visionText } from "./text.js";
import {
  DEPARTMENTS,
  GOAL_TOPICS,
  ORGANISATIONS,
  OUTCOMES,
  SYSTEMS,
  THEMES,
  TOWN_STEMS,
  TOWN_SUFFIXES,
} from "./vocabulary.js";

export const DEFAULT_SEED = 2009;
const LETTERS = "ABCDEFGHIJKLMN";
const ADMINISTRATIONS = ["Økonomisk Forvaltning", "Teknisk Forvaltning", "Social- og Sundhedsforvaltningen"] as const;

export interface SyntheticOptions {
  seed?: number;
  /** Consecutive plan years per municipality (plan i is year firstYear + i % years). */
  yearsPerMunicipality?: number;
  firstYear?: number;
}

export interface PlanIdentity {
  planId: string;
  municipality: string;
  administration: string;
  year: number;
}

export function planIdentity(index: number, options: SyntheticOptions = {}): PlanIdentity {
  const years = options.yearsPerMunicipality ?? 8;
  const m = Math.floor(index / years);
  const municipality = `${TOWN_STEMS[m % TOWN_STEMS.length]}${TOWN_SUFFIXES[Math.floor(m / TOWN_STEMS.length) % TOWN_SUFFIXES.length]} Kommune`;
  const administration = ADMINISTRATIONS[m % ADMINISTRATIONS.length]!;
  const year = (options.firstYear ?? 2009) + (index % years);
  const planId = `syn-${String(m).padStart(3, "0")}-${slugify(municipality.replace(" Kommune", ""))}-${year}`;
  return { planId, municipality, administration, year };
}

type Ref = { id: string; name: string; source: string; dept: number };

/** Collects nodes and edges; one relationship per (from, type, to), as the loader stores them. */
class Builder {
  readonly nodes: PlanGraphNode[] = [];
  readonly edges: PlanGraphEdge[] = [];
  private readonly keys = new Set<string>();
  constructor(private readonly rng: Rng) {}

  node<N extends PlanGraphNode>(node: N): N {
    this.nodes.push(node);
    return node;
  }

  edge(type: RelType, from: Ref, to: Ref, verb: string, origin: PlanGraphEdge["origin"]): void {
    const key = `${from.id}|${type}|${to.id}`;
    if (from.id === to.id || this.keys.has(key)) return;
    this.keys.add(key);
    const evidence = evidenceText(this.rng, verb, from.name, to.name);
    this.edges.push({
      from: from.id,
      to: to.id,
      type,
      evidence,
      section: from.source,
      inferred: false,
      reason: null,
      origin,
    });
  }
}

export function generatePlan(index: number, options: SyntheticOptions = {}): PlanGraph {
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = createRng(mixSeed(seed, index));
  const { planId, municipality, administration, year } = planIdentity(index, options);
  const b = new Builder(rng.fork(1));
  const planName = `${administration}s virksomhedsplan ${year}`;
  const plan = b.node({
    kind: "Plan",
    id: planId,
    planId,
    name: planName,
    source: planName,
    municipality,
    administration,
    year,
    intro: `${municipality}, ${administration}: virksomhedsplan for ${year}. ${visionText(rng, administration)}`,
  });
  const planRef: Ref = { ...plan, dept: -1 };

  const themes: Ref[] = rng.sample(THEMES, rng.int(4, 7)).map((name) => {
    const theme: Ref = {
      ...b.node({
        kind: "Theme",
        id: `${planId}:theme:${slugify(name)}`,
        planId,
        name,
        source: `${planName} > Tværgående temaer`,
        year,
        text: `${name}: ${visionText(rng, administration)}`,
      }),
      dept: -1,
    };
    b.edge("HAS_THEME", planRef, theme, "har temaet", "structure");
    return theme;
  });

  // Systems: OPUS is always there and the hub (skewed draws favour the front of the list).
  const picked = [SYSTEMS[0], ...rng.sample(SYSTEMS.slice(1), rng.int(11, 19))];
  const systems: Ref[] = [];
  const sysSource = `${planName} > IT-systemer`;
  for (const s of picked) {
    const sys = b.node({
      kind: "System",
      id: `${planId}:system:${slugify(s.name)}`,
      planId,
      name: s.name,
      source: sysSource,
      category: s.category,
      aliases: [s.name.toUpperCase()],
      description: `${s.name} (${s.category}).`,
    });
    systems.push({ ...sys, dept: -1 });
    for (const moduleName of s.modules) {
      if (!rng.chance(0.6)) continue;
      const mod = b.node({
        kind: "System",
        id: `${planId}:system:${slugify(moduleName)}`,
        planId,
        name: moduleName,
        source: sysSource,
        category: "module",
        aliases: [],
        description: `Modul i ${s.name}.`,
      });
      systems.push({ ...mod, dept: -1 });
      b.edge("PART_OF", { ...mod, dept: -1 }, { ...sys, dept: -1 }, "er et modul i", "curated");
    }
  }
  const opus = systems.find((s) => s.name === "OPUS");
  const oes = systems.find((s) => s.name === "ØS");
  if (opus && oes) b.edge("REPLACES", opus, oes, "afløser", "curated");
  const useSystem = () => systems[rng.skewed(systems.length, 1.05)]!;

  const organisations: Ref[] = rng.sample(ORGANISATIONS, rng.int(6, 12)).map((name) => ({
    ...b.node({
      kind: "Organisation",
      id: `${planId}:org:${slugify(name)}`,
      planId,
      name,
      source: `${planName} > Samarbejdspartnere`,
      aliases: [],
      description: `${name} er samarbejdspartner.`,
      unitOf: null,
    }),
    dept: -1,
  }));

  const milestones: Ref[] = [];
  for (let k = 0, n = rng.int(8, 16); k < n; k++) {
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const name = `Milepæl ${k + 1}: ${dateText(day, month, year)}`;
    milestones.push({
      ...b.node({
        kind: "Milestone",
        id: `${planId}:milestone:${k + 1}`,
        planId,
        name,
        source: `${planName} > Tidsplan`,
        date: isoDate(day, month, year),
        endDate: null,
        dateText: dateText(day, month, year),
        precision: "DAY",
        timing: k % 3 === 0 ? "START" : "DEADLINE",
        past: false,
      }),
      dept: -1,
    });
  }

  const departments: Ref[] = [];
  const goals: Ref[] = [];
  const initiatives: Ref[] = [];
  const statuses: Ref[] = [];
  for (const [d, dept] of rng.sample(DEPARTMENTS, rng.int(4, 6)).entries()) {
    const deptId = `${planId}:${dept.slug}`;
    const deptNode = b.node({
      kind: "Department",
      id: deptId,
      planId,
      name: dept.name,
      source: `${dept.name}s virksomhedsplan ${year}`,
      vision: visionText(rng, dept.name),
      mainTasks: [initiativeText(rng), initiativeText(rng)],
      resources: `Afdelingen har ${rng.int(6, 40)} medarbejdere.`,
      staff: rng.int(6, 40),
      salaryBudget: `ca. ${rng.int(3, 25)},${rng.int(0, 9)} mio. kr.`,
    });
    const deptRef: Ref = { ...deptNode, dept: d };
    departments.push(deptRef);
    b.edge("HAS_DEPARTMENT", planRef, deptRef, "omfatter", "structure");
    for (let k = 0, n = rng.int(1, 4); k < n; k++) b.edge("RESPONSIBLE_FOR", deptRef, useSystem(), "driver", "curated");
    for (let k = 0, n = rng.int(3, 8); k < n; k++) {
      const text = initiativeText(rng);
      const status = b.node({
        kind: "StatusItem",
        id: `${deptId}:status:${k + 1}`,
        planId,
        name: text.slice(0, 60),
        source: `${deptNode.source} > 2. Status på ${year - 1}`,
        departmentId: deptId,
        year: year - 1,
        text,
        outcome: rng.pick(OUTCOMES),
        outcomeText: "Status: se afdelingens opfølgning.",
      });
      const ref: Ref = { ...status, dept: d };
      statuses.push(ref);
      b.edge("HAS_STATUS", deptRef, ref, "rapporterer", "structure");
      if (rng.chance(0.5)) b.edge("USES", ref, useSystem(), "omhandler", "detected");
    }
    const topics = rng.sample(GOAL_TOPICS, rng.int(5, 14));
    for (const [g, topic] of topics.entries()) {
      const letter = LETTERS[g]!;
      const goalId = `${deptId}:${letter.toLowerCase()}`;
      const goal = b.node({
        kind: "Goal",
        id: goalId,
        planId,
        name: `${letter}. ${topic}`,
        source: `${deptNode.source} > 3. Hovedmål, strategier samt indsatsområder for ${year} > ${letter}. ${topic}`,
        departmentId: deptId,
        letter,
        title: topic,
        mainGoal: mainGoalText(rng, topic),
        strategy: strategyText(rng, topic),
      });
      const goalRef: Ref = { ...goal, dept: d };
      goals.push(goalRef);
      b.edge("OWNS", deptRef, goalRef, "ejer", "structure");
      for (let k = 0, n = rng.int(1, 6); k < n; k++) {
        const text = initiativeText(rng);
        const ini = b.node({
          kind: "Initiative",
          id: `${goalId}:${k + 1}`,
          planId,
          name: text.slice(0, 70),
          source: `${goal.source} > Indsatsområder`,
          goalId,
          ordinal: k + 1,
          text,
        });
        const iniRef: Ref = { ...ini, dept: d };
        initiatives.push(iniRef);
        b.edge("HAS_INITIATIVE", goalRef, iniRef, "indeholder", "structure");
      }
    }
  }

  // Cross-links: drawn after all owners exist so that they can point across departments.
  const crossRng = rng.fork(2);
  const other = (ref: Ref, pool: Ref[], cross: boolean) => {
    const candidates = pool.filter((p) => (cross ? p.dept !== ref.dept : p.dept === ref.dept) && p.id !== ref.id);
    return candidates.length ? crossRng.pick(candidates) : undefined;
  };
  const link = (ref: Ref, minUses: number, maxUses: number, maxDeps: number) => {
    for (let k = 0, n = crossRng.int(minUses, maxUses); k < n; k++)
      b.edge("USES", ref, useSystem(), "forudsætter", "detected");
    for (let k = 0, n = crossRng.int(0, maxDeps); k < n; k++) {
      const cross = crossRng.chance(0.35);
      const roll = crossRng.next();
      const pool = roll < 0.6 ? initiatives : roll < 0.9 ? goals : departments;
      const target = pool === departments ? other(ref, departments, true) : other(ref, pool, cross);
      if (target) b.edge("DEPENDS_ON", ref, target, "afhænger af", "curated");
    }
    for (let k = 0, n = crossRng.int(0, 2); k < n; k++) {
      const target = crossRng.chance(0.8) ? crossRng.pick(organisations) : other(ref, departments, true);
      if (target) b.edge("INVOLVES", ref, target, "sker i samarbejde med", "curated");
    }
  };
  for (const goal of goals) {
    link(goal, 0, 2, 2);
    if (crossRng.chance(0.5))
      b.edge("HAS_MILESTONE", goal, crossRng.pick(milestones), "skal være gennemført", "curated");
    for (const theme of crossRng.sample(themes, crossRng.int(1, 2)))
      b.edge("ADVANCES", goal, theme, "understøtter temaet", "curated");
  }
  for (const ini of initiatives) {
    link(ini, 1, 3, 2);
    if (crossRng.chance(0.3))
      b.edge("HAS_MILESTONE", ini, crossRng.pick(milestones), "skal være gennemført", "curated");
    if (crossRng.chance(0.2)) b.edge("ADVANCES", ini, crossRng.pick(themes), "understøtter temaet", "curated");
  }
  // Integrations, coordination and last year's threads: their own stream, so the links above stay as they were.
  const extraRng = rng.fork(3);
  for (const system of systems) {
    const source = extraRng.chance(0.15) ? extraRng.pick(systems) : undefined;
    if (source && source.id !== system.id)
      b.edge("TAKES_DATA_FROM", system, source, "henter oplysninger fra", "curated");
  }
  for (const goal of goals) {
    if (!extraRng.chance(0.1)) continue;
    const partner = other(goal, goals, true);
    if (partner && goal.id < partner.id) b.edge("COORDINATES_WITH", goal, partner, "i tæt samarbejde med", "curated");
  }
  for (const [k, milestone] of milestones.entries()) {
    const earlier = milestones[k - 1];
    if (earlier && k % 4 === 3) b.edge("FOLLOWS", milestone, earlier, "straks efter", "curated");
  }
  for (const [d, department] of departments.entries()) {
    if (d > 0 && !extraRng.chance(0.5)) continue;
    const name = `${department.name.replace(/afdelingen$/, "")}kontoret`;
    const unit: Ref = {
      ...b.node({
        kind: "Organisation",
        id: `${department.id}:unit:kontoret`,
        planId,
        name,
        source: String(department.source),
        aliases: [],
        description: `Enhed i ${department.name}.`,
        unitOf: department.id,
      }),
      dept: department.dept,
    };
    b.edge("HAS_UNIT", department, unit, "har enheden", "structure");
  }
  for (const status of statuses) {
    if (!extraRng.chance(0.3)) continue;
    const carrier = goals.filter((g) => g.dept === status.dept);
    if (carrier.length) b.edge("CONTINUES_AS", status, extraRng.pick(carrier), "videreføres i", "curated");
  }
  return { planId, nodes: b.nodes, edges: b.edges };
}

export function* generatePlans(from: number, to: number, options: SyntheticOptions = {}): Generator<PlanGraph> {
  for (let i = from; i < to; i++) yield generatePlan(i, options);
}

export interface PlanRange {
  /** Plans [0, count). */
  count: number;
  nodes: number;
  edges: number;
}

/** The shortest prefix of plans holding at least `nodes` nodes (sizes only; the plans are not kept). */
export function planRangeForNodes(nodes: number, options: SyntheticOptions = {}): PlanRange {
  const range: PlanRange = { count: 0, nodes: 0, edges: 0 };
  while (range.nodes < nodes) {
    const plan = generatePlan(range.count, options);
    range.count += 1;
    range.nodes += plan.nodes.length;
    range.edges += plan.edges.length;
  }
  return range;
}
