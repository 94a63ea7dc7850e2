/**
 * Whoever writes a node or an edge stores it the same way: the plan loader, the synthetic
 * loader, a planner's edit, a backup restored (also one without its derived properties) and
 * an accepted suggestion each write the same system and the same dependency, and Neo4j
 * holds the same labels and the same property maps (same keys, same derived aliasText, key,
 * planId and version) for every one of them. Only an edge's `origin` names its writer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../graph/driver.js";
import type { PlanGraph, PlanGraphEdge, PlanGraphNode } from "../../graph/model.js";
import { exportPlan, restorePlan, type PlanBackup } from "../../graph/repositories/backup.repository.js";
import { createDependency, createNode } from "../../graph/repositories/edit.repository.js";
import { loadPlanGraph } from "../../graph/repositories/plan-load.repository.js";
import { acceptSuggestion, saveSuggestions } from "../../graph/repositories/suggestion.repository.js";
import { slugify } from "../../graph/stored.js";
import { loadSynthetic } from "../../graph/synthetic/load.js";
import { removePlan } from "../helpers/fixture-plan.js";
import { testDb } from "../helpers/graph.js";

const planId = "test-stored-shape";
const actor = { id: "test:planner", role: "planner" };
const section = "IT-afdelingen > A. Økonomisystemer";
const evidence = "Målet forudsætter, at OPUS Økonomi er indført i hele forvaltningen.";
const systemName = "OPUS Økonomi";
const aliases = ["OPUS-Ø", "Økonomisystemet"];
const ids = {
  dept: `${planId}:it-afdelingen`,
  goal: `${planId}:it-afdelingen:a`,
  system: `${planId}:system:${slugify(systemName)}`,
};

const base: PlanGraph = {
  planId,
  nodes: [
    {
      kind: "Plan",
      id: planId,
      planId,
      name: "Testplan",
      source: "",
      municipality: "Testby Kommune",
      administration: "Økonomisk Forvaltning",
      year: 2030,
      intro: "",
    },
    {
      kind: "Department",
      id: ids.dept,
      planId,
      name: "IT-afdelingen",
      source: "IT-afdelingen",
      vision: "",
      mainTasks: ["Drift"],
      resources: "",
      staff: 4,
      salaryBudget: null,
    },
    {
      kind: "Goal",
      id: ids.goal,
      planId,
      name: "A. Økonomisystemer",
      source: section,
      departmentId: ids.dept,
      letter: "A",
      title: "Økonomisystemer",
      mainGoal: "Ét økonomisystem.",
      strategy: "",
    },
  ],
  edges: [
    { from: planId, to: ids.dept, type: "HAS_DEPARTMENT", ...structure("IT-afdelingen") },
    { from: ids.dept, to: ids.goal, type: "OWNS", ...structure(section) },
  ],
};

function structure(where: string) {
  return { evidence: "", section: where, inferred: false, reason: null, origin: "structure" } as const;
}

/** The system and the dependency on it, as a facts file gives them. */
const system: PlanGraphNode = {
  kind: "System",
  id: ids.system,
  planId,
  name: systemName,
  source: section,
  category: "system",
  aliases,
  description: "",
};
const dependency: PlanGraphEdge = {
  from: ids.goal,
  to: ids.system,
  type: "DEPENDS_ON",
  evidence,
  section,
  inferred: false,
  reason: null,
  origin: "curated",
};
const whole: PlanGraph = { ...base, nodes: [...base.nodes, system], edges: [...base.edges, dependency] };

type Props = Record<string, unknown>;
interface Stored {
  labels: string[];
  node: Props;
  edge: Props;
}

describe("the stored shape of nodes and edges", () => {
  let db: GraphDb;
  const stored = new Map<string, Stored>();

  const read = async (): Promise<Stored> => {
    const [node] = await db.read("read-node", (tx) =>
      tx.run<{ labels: string[]; props: Props }>(
        "MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n {.*} AS props",
        {
          id: ids.system,
        },
      ),
    );
    const [edge] = await db.read("read-edge", (tx) =>
      tx.run<{ props: Props }>(
        "MATCH (:Entity {id: $from})-[r:DEPENDS_ON]->(:Entity {id: $to}) RETURN r {.*} AS props",
        {
          from: ids.goal,
          to: ids.system,
        },
      ),
    );
    expect(node, "the system was written").toBeDefined();
    expect(edge, "the dependency was written").toBeDefined();
    return { labels: [...node!.labels].sort(), node: node!.props, edge: edge!.props };
  };

  /** Writes the plan afresh with `write`, then reads the system and the dependency back. */
  const written = async (writer: string, write: () => Promise<unknown>) => {
    await removePlan(db, planId);
    await db.write("remove-suggestions", (tx) => tx.run("MATCH (s:Suggestion {planId: $planId}) DELETE s", { planId }));
    await write();
    stored.set(writer, await read());
  };

  beforeAll(async () => {
    db = testDb();
    await written("plan loader", () => loadPlanGraph(db, whole));
    const backup = JSON.parse(JSON.stringify(await exportPlan(db, planId))) as PlanBackup;

    await written("the synthetic loader", () => loadSynthetic(db, [whole], { mode: "batched" }));

    /** A planner's new system in the loaded base plan, with the dependency on it as a link of the new node or not. */
    const editSystem = async (withLink: boolean) => {
      await loadPlanGraph(db, base);
      await createNode(db, actor, {
        kind: "System",
        newId: { base: ids.system },
        props: { planId, name: systemName, category: "system", aliases, description: "", source: section },
        refs: [{ field: "planId", id: planId, kinds: ["Plan"] }],
        links: (id) => (withLink ? [{ from: ids.goal, to: id, type: "DEPENDS_ON", evidence, section }] : []),
      });
    };
    await written("an edit that creates the node with its link", () => editSystem(true));
    await written("an edit that creates the node, then the dependency", async () => {
      await editSystem(false);
      await createDependency(
        db,
        actor,
        { from: ids.goal, to: ids.system, type: "DEPENDS_ON", evidence, section, inferred: false, reason: "" },
        { from: ["Goal"], to: ["System"] },
      );
    });

    await written("a restore of a backup", () => restorePlan(db, backup, { actor }));

    await written("a restore of a backup without its derived properties", () => {
      const bare = (props: Props) => {
        const { aliasText: _a, version: _v, key: _k, ...facts } = props;
        return facts;
      };
      const stripped = {
        ...backup,
        nodes: backup.nodes.map((n) => bare(n) as PlanBackup["nodes"][number]),
        edges: backup.edges.map((e) => ({ ...e, props: bare(e.props) as PlanBackup["edges"][number]["props"] })),
      };
      return restorePlan(db, stripped, { actor });
    });

    await written("accepting suggestions", async () => {
      await loadPlanGraph(db, base);
      const suggestion = { planId, section, line: 1, confidence: 0.9, rule: "test", milestoneJson: null };
      await saveSuggestions(db, [
        {
          ...suggestion,
          id: `${planId}:suggestion:system`,
          kind: "SYSTEM",
          label: systemName,
          quote: evidence,
          from: null,
          to: null,
          fromLabel: null,
          toLabel: null,
          namesJson: JSON.stringify({ aliases: [systemName, ...aliases], category: "system" }),
        },
        {
          ...suggestion,
          id: `${planId}:suggestion:dependency`,
          kind: "DEPENDENCY",
          label: `${base.nodes[2]!.name} -> ${systemName}`,
          quote: evidence,
          from: ids.goal,
          to: ids.system,
          fromLabel: base.nodes[2]!.name,
          toLabel: systemName,
          namesJson: null,
        },
      ]);
      await acceptSuggestion(db, actor, `${planId}:suggestion:system`);
      await acceptSuggestion(db, actor, `${planId}:suggestion:dependency`);
    });
  }, 120_000);

  afterAll(async () => {
    await removePlan(db, planId);
    await db.write("remove-suggestions", (tx) => tx.run("MATCH (s:Suggestion {planId: $planId}) DELETE s", { planId }));
    await db.close();
  });

  it("stores the loaded node with its facts and its derived properties", () => {
    const loaded = stored.get("plan loader")!;
    expect(loaded.labels).toEqual(["Entity", "System"]);
    expect(loaded.node).toEqual({
      id: ids.system,
      kind: "System",
      planId,
      name: systemName,
      source: section,
      category: "system",
      aliases,
      aliasText: "OPUS-Ø · Økonomisystemet",
      description: "",
      version: 1,
    });
    expect(loaded.edge).toEqual({
      key: `${ids.goal}|DEPENDS_ON|${ids.system}`,
      evidence,
      section,
      inferred: false,
      reason: "",
      origin: "curated",
      version: 1,
    });
  });

  const writers = [
    ["the synthetic loader", "curated"],
    ["an edit that creates the node with its link", "edit"],
    ["an edit that creates the node, then the dependency", "edit"],
    ["a restore of a backup", "curated"],
    ["a restore of a backup without its derived properties", "curated"],
    ["accepting suggestions", "curated"],
  ] as const;
  it.each(writers)("%s writes the same node and edge as the plan loader", (writer, origin) => {
    const loaded = stored.get("plan loader")!;
    const other = stored.get(writer)!;
    expect(other.labels).toEqual(loaded.labels);
    expect(other.node).toEqual(loaded.node);
    expect(other.edge).toEqual({ ...loaded.edge, origin });
  });
});
