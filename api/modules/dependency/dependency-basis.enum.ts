import { registerEnumType } from "type-graphql";
import type { DependencyBasis as Basis } from "../../../graph/repositories/records.js";

export const DependencyBasis = { STATED: "STATED", VIA_SYSTEM: "VIA_SYSTEM", INFERRED: "INFERRED" } as const satisfies {
  [B in Basis]: B;
};
export type DependencyBasis = Basis;

registerEnumType(DependencyBasis, {
  name: "DependencyBasis",
  description:
    "What a dependency rests on. Cross-department answers count STATED and VIA_SYSTEM unless asked for INFERRED too.",
  valuesConfig: {
    STATED: { description: "The plan states the link between the two parties; `evidence` quotes it." },
    VIA_SYSTEM: {
      description:
        "The plan states that one side leans on a system (module, project) that the other side implements or runs (`viaSystem`, `System.owner`).",
    },
    INFERRED: {
      description:
        "No passage states it outright: `evidence` quotes the passage it rests on and `reason` says why it is believed.",
    },
  },
});
