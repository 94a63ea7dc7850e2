/**
 * Snapshots of the read Cypher, so that a change to a query is a reviewable diff, plus the
 * rules every query keeps: values only as $parameters, bounded traversals.
 */
import { describe, expect, it } from "vitest";
import * as dependency from "../../../graph/cypher/dependency.cypher.js";
import * as graphView from "../../../graph/cypher/graph-view.cypher.js";
import * as impact from "../../../graph/cypher/impact.cypher.js";
import * as node from "../../../graph/cypher/node.cypher.js";
import type { RelationStep } from "../../../graph/cypher/relation-tree.cypher.js";
import * as relation from "../../../graph/cypher/relation.cypher.js";
import type { RelType } from "../../../graph/model.js";
import * as search from "../../../graph/cypher/search.cypher.js";
import * as systemLinks from "../../../graph/cypher/system-links.cypher.js";

const step = (field: string, type: RelType, properties: string[], children: RelationStep[]): RelationStep => ({
  field,
  type,
  direction: "out",
  properties,
  owner: false,
  children,
});

const queries: Record<string, string> = {
  "node.nodesByIds": node.nodesByIds,
  "node.nodesOfKind(Milestone)": node.nodesOfKind("Milestone", false),
  "node.nodesOfKind(Milestone, in one plan)": node.nodesOfKind("Milestone", true),
  "node.goalsOfDepartment": node.goalsOfDepartment(),
  "node.nodesOfKind(Department, in one plan, goals > initiatives > systems)": node.nodesOfKind("Department", true, [
    step(
      "goals",
      "OWNS",
      ["letter", "title"],
      [step("initiatives", "HAS_INITIATIVE", ["ordinal", "text"], [step("systems", "USES", [], [])])],
    ),
    { ...step("statusItems", "HAS_STATUS", ["outcome"], []), owner: true },
  ]),
  "relation.relatedNodes(OWNS, out)": relation.relatedNodes("OWNS", "out"),
  "dependency.dependsOn": dependency.dependsOn,
  "dependency.crossDepartment": dependency.crossDepartment,
  "dependency.dependents": dependency.dependents,
  "dependency.slipGraph": dependency.slipGraph,
  "impact.closure(downstream)": impact.closure("downstream"),
  "impact.closure(upstream)": impact.closure("upstream"),
  "impact.pathLevel": impact.pathLevel,
  "search.search": search.search,
  "systemLinks.systemLinks": systemLinks.systemLinks,
  "graphView.graphViewOfPlan": graphView.graphViewOfPlan,
  "graphView.graphViewOfAll": graphView.graphViewOfAll,
};

describe("read Cypher", () => {
  it.each(Object.entries(queries))("%s matches its snapshot", (name, cypher) => {
    expect(cypher).toMatchSnapshot(name);
  });

  it("bounds every variable-length pattern with a literal ceiling", () => {
    for (const [name, cypher] of Object.entries(queries)) {
      expect(cypher, name).not.toMatch(/\*\s*\]|\*\.\.\s*\]|\{\s*1\s*,\s*\}/);
    }
    expect(impact.closure("downstream")).toContain(`{1,${impact.MAX_DEPTH + 1}}`);
  });

  it("splices only property names into a relation tree", () => {
    expect(() => node.nodesOfKind("Department", true, [step("goals", "OWNS", ["title} RETURN 1 //"], [])])).toThrow(
      /not a property name/,
    );
  });

  it("asks for DISTINCT end nodes in closures, without a path predicate that would stop Neo4j pruning", () => {
    expect(impact.closure("downstream")).toMatch(/WITH DISTINCT root, n/);
    expect(impact.closure("downstream")).not.toMatch(/length\(p\)/);
  });
});
