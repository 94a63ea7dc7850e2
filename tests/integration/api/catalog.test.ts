/** Lists and relationship fields on a small hand-made plan (tests/helpers/fixture-plan.ts). */
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { data, useApi } from "./harness.js";

const planId = "test-api-catalog";
const id = (local: string) => `${planId}:${local}`;
const h = useApi(() => fixturePlan(planId));

describe("catalogue queries", () => {
  it("lists the plan with its departments", async () => {
    const { plans } = await data(h, `{ plans { id planId kind municipality year departments { name } } }`);
    expect(plans).toContainEqual({
      id: planId,
      planId,
      kind: "PLAN",
      municipality: "Testby Kommune",
      year: 2030,
      departments: [{ name: "IT-afdelingen" }, { name: "Økonomiafdelingen" }],
    });
  });

  it("lists departments > goals > initiatives, each goal by letter", async () => {
    const result = await data(
      h,
      `query($p: ID) { departments(planId: $p) { id goals { letter initiatives { ordinal goal { id } } } } }`,
      { p: planId },
    );
    expect(result.departments).toEqual([
      {
        id: id("it"),
        goals: [
          { letter: "A", initiatives: [{ ordinal: 1, goal: { id: id("it:a") } }] },
          { letter: "B", initiatives: [] },
        ],
      },
      { id: id("oekonomi"), goals: [{ letter: "A", initiatives: [{ ordinal: 1, goal: { id: id("oekonomi:a") } }] }] },
    ]);
  });

  it("filters goals by department", async () => {
    const { goals } = await data(h, `query($d: ID) { goals(department: $d) { id department { id } } }`, {
      d: id("it"),
    });
    expect(goals).toEqual([
      { id: id("it:a"), department: { id: id("it") } },
      { id: id("it:b"), department: { id: id("it") } },
    ]);
  });

  it("gives systems their parent and modules", async () => {
    const { systems } = await data(
      h,
      `query($p: ID) { systems(planId: $p) { name parent { name } modules { name } } }`,
      { p: planId },
    );
    expect(systems).toEqual([
      { name: "ØkoSys", parent: null, modules: [{ name: "ØkoSys Indkøb" }] },
      { name: "ØkoSys Indkøb", parent: { name: "ØkoSys" }, modules: [] },
    ]);
  });

  it("lists organisations, milestones and the timeline", async () => {
    const result = await data(
      h,
      `query($p: ID) { organisations(planId: $p) { name } milestones(planId: $p) { date precision } timeline(planId: $p) { id } }`,
      { p: planId },
    );
    expect(result).toEqual({
      organisations: [{ name: "Leverandøren" }],
      milestones: [{ date: "2030-07-01", precision: "DAY" }],
      timeline: [{ id: id("milestone:net") }],
    });
  });

  it("answers node(id) with the concrete type, and null for an unknown id", async () => {
    const result = await data(
      h,
      `query($a: ID!, $b: ID!) {
      a: node(id: $a) { __typename kind ... on Initiative { text goal { letter } } department { name } }
      b: node(id: $b) { id } }`,
      { a: id("oekonomi:a:1"), b: id("nowhere") },
    );
    expect(result).toEqual({
      a: {
        __typename: "Initiative",
        kind: "INITIATIVE",
        text: "Indfør systemet.",
        goal: { letter: "A" },
        department: { name: "Økonomiafdelingen" },
      },
      b: null,
    });
  });

  it("gives the owning department: goal through OWNS, initiative through its goal, a department itself, none for a system", async () => {
    const result = await data(
      h,
      `query($g: ID!, $i: ID!, $d: ID!, $s: ID!) {
      g: node(id: $g) { department { id } } i: node(id: $i) { department { id } }
      d: node(id: $d) { department { id } } s: node(id: $s) { department { id } } }`,
      { g: id("it:b"), i: id("it:a:1"), d: id("oekonomi"), s: id("system:oes") },
    );
    expect(result).toEqual({
      g: { department: { id: id("it") } },
      i: { department: { id: id("it") } },
      d: { department: { id: id("oekonomi") } },
      s: { department: null },
    });
  });

  it("gives dependency edges both ways with evidence, and marks cross-department ones", async () => {
    const { node } = await data<{ node: { dependsOn: unknown[]; dependents: unknown[] } }>(
      h,
      `query($id: ID!) { node(id: $id) {
      dependsOn { type to { id } evidence section inferred reason origin crossDepartment }
      dependents { type from { id } crossDepartment summary } } }`,
      { id: id("it:a") },
    );
    expect(node.dependsOn).toEqual([
      {
        type: "HAS_INITIATIVE",
        to: { id: id("it:a:1") },
        evidence: "it:a HAS_INITIATIVE it:a:1",
        section: "test",
        inferred: false,
        reason: null,
        origin: "structure",
        crossDepartment: false,
      },
      {
        type: "HAS_MILESTONE",
        to: { id: id("milestone:net") },
        evidence: "it:a HAS_MILESTONE milestone:net",
        section: "test",
        inferred: false,
        reason: null,
        origin: "curated",
        crossDepartment: false,
      },
    ]);
    expect(node.dependents).toEqual([
      {
        type: "DEPENDS_ON",
        from: { id: id("oekonomi:a") },
        crossDepartment: true,
        summary:
          '"A. Økonomisystem" (Økonomiafdelingen) depends on "A. Infrastruktur" (IT-afdelingen): «oekonomi:a DEPENDS_ON it:a»',
      },
      {
        type: "DEPENDS_ON",
        from: { id: id("it:b") },
        crossDepartment: false,
        summary:
          '"B. Virtualisering" (IT-afdelingen) depends on "A. Infrastruktur" (IT-afdelingen): «it:b DEPENDS_ON it:a»',
      },
    ]);
  });
});
