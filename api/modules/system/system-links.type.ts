import { Field, ObjectType } from "type-graphql";
import { Department } from "../department/department.type.js";
import { Dependency } from "../dependency/dependency.type.js";
import { Goal } from "../goal/goal.type.js";
import { Initiative } from "../initiative/initiative.type.js";
import { System } from "./system.type.js";

@ObjectType("DepartmentLinks", {
  description: "What one department has tied to a system: goals, initiatives and the edges (with evidence).",
})
export class DepartmentLinks {
  @Field(() => Department, { description: "The department." })
  department!: Department;

  @Field(() => [Goal], {
    description: "Its goals tied to the system directly or through one of their initiatives, by letter.",
  })
  goals!: Goal[];

  @Field(() => [Initiative], { description: "Its initiatives tied to the system directly." })
  initiatives!: Initiative[];

  @Field(() => [Dependency], {
    description: "The edges that tie them (or the department itself, or a status item) to the system or its modules.",
  })
  edges!: Dependency[];
}

@ObjectType("SystemLinks", {
  description:
    "Everything tied to one system or IT project and its modules, grouped by department (e.g. the Focus.IT view, or OPUS with OPUS e-indkøb).",
})
export class SystemLinks {
  @Field(() => System, { description: "The system asked about." })
  system!: System;

  @Field(() => [System], {
    description: "Its modules (PART_OF it, up to three levels), by name; their links are included below.",
  })
  modules!: System[];

  @Field(() => [DepartmentLinks], { description: "Per department, by name." })
  byDepartment!: DepartmentLinks[];

  @Field(() => [Dependency], {
    description:
      "Edges to or from nodes without a department: organisations (e.g. the supplier), other systems (REPLACES), milestones, and module-to-module links.",
  })
  otherEdges!: Dependency[];
}
