import { registerEnumType } from "type-graphql";

/** Same names as the stored relationship types (graph/model.ts REL_TYPES). */
export enum RelationType {
  HAS_DEPARTMENT = "HAS_DEPARTMENT",
  HAS_THEME = "HAS_THEME",
  HAS_STATUS = "HAS_STATUS",
  OWNS = "OWNS",
  HAS_INITIATIVE = "HAS_INITIATIVE",
  DEPENDS_ON = "DEPENDS_ON",
  USES = "USES",
  PART_OF = "PART_OF",
  REPLACES = "REPLACES",
  INVOLVES = "INVOLVES",
  HAS_MILESTONE = "HAS_MILESTONE",
  ADVANCES = "ADVANCES",
}

registerEnumType(RelationType, {
  name: "RelationType",
  description:
    "Relationship types. `A -[T]-> B`; the dependency types (DEPENDS_ON, USES, PART_OF, INVOLVES, HAS_MILESTONE, HAS_INITIATIVE) read \"A needs B\", so impact travels from B to A. Dependency-like ones carry evidence.",
  valuesConfig: {
    HAS_DEPARTMENT: { description: "Plan -> Department: the plan covers the department (afdeling)." },
    HAS_THEME: { description: "Plan -> Theme: a cross-cutting theme (tværgående emne) of the plan." },
    HAS_STATUS: { description: "Department -> StatusItem: a line of the department's status on the previous year." },
    OWNS: { description: "Department -> Goal: the department owns the hovedmål (main goal)." },
    HAS_INITIATIVE: { description: "Goal -> Initiative: the goal needs its indsatsområde (initiative). A dependency type." },
    DEPENDS_ON: { description: "Goal|Initiative -> Goal|Initiative|Department: A cannot be reached without B. A dependency type." },
    USES: { description: "Goal|Initiative|Department|StatusItem -> System: A needs the IT system, module or project. A dependency type." },
    PART_OF: { description: "System -> System: a module (e.g. OPUS e-indkøb) needs the system it belongs to (OPUS). A dependency type." },
    REPLACES: { description: "System -> System: the new system replaces the old one (OPUS replaces ØS)." },
    INVOLVES: { description: "Goal|Initiative -> Organisation|Department: A needs an outside party or another department. A dependency type." },
    HAS_MILESTONE: { description: "Goal|Initiative -> Milestone: A is tied to a dated event. A dependency type." },
    ADVANCES: { description: "Goal|Initiative -> Theme: A advances a cross-cutting theme." },
  },
});
