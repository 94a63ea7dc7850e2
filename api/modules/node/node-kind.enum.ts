import { registerEnumType } from "type-graphql";
import type { NodeKind as ModelKind } from "../../../graph/model.js";

export enum NodeKind {
  PLAN = "Plan",
  DEPARTMENT = "Department",
  GOAL = "Goal",
  INITIATIVE = "Initiative",
  SYSTEM = "System",
  ORGANISATION = "Organisation",
  MILESTONE = "Milestone",
  THEME = "Theme",
  STATUS_ITEM = "StatusItem",
}

registerEnumType(NodeKind, {
  name: "NodeKind",
  description: "Kinds of node in the plan graph.",
  valuesConfig: {
    PLAN: { description: "A plan: one forvaltning (administration) of one municipality for one year." },
    DEPARTMENT: { description: "An afdeling (department) that owns goals." },
    GOAL: { description: "A lettered hovedmål (main goal) for the year, with its strategi." },
    INITIATIVE: { description: "One indsatsområde (initiative) under a goal." },
    SYSTEM: { description: "An IT system, module, platform or IT project (OPUS, GoPro, Focus.IT, ...)." },
    ORGANISATION: { description: "An outside party (KMD, revisionen, a neighbouring kommune, ...)." },
    MILESTONE: { description: "A dated event the plan names." },
    THEME: { description: "A cross-cutting theme (tværgående emne) of the forvaltning." },
    STATUS_ITEM: { description: "A line of the status on the previous year, with its outcome." },
  },
});

export const toModelKind = (kind: NodeKind): ModelKind => kind as unknown as ModelKind;
