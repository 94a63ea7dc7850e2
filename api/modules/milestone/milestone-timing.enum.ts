import { registerEnumType } from "type-graphql";
import type { MilestoneTiming as Timing } from "../../../graph/model.js";

export const MilestoneTiming = {
  DEADLINE: "DEADLINE",
  START: "START",
  POINT: "POINT",
  PERIOD: "PERIOD",
  RECURRING: "RECURRING",
} as const satisfies { [T in Timing]: T };
export type MilestoneTiming = Timing;

registerEnumType(MilestoneTiming, {
  name: "MilestoneTiming",
  description: "What a dated statement says about its date.",
  valuesConfig: {
    DEADLINE: { description: 'Something must be done by then ("inden 1. juli 2009", "i løbet af 1. kvartal 2009").' },
    START: { description: 'Something starts then ("pr. 1.1.2009", "påbegyndes straks efter 1. juli 2009").' },
    POINT: { description: "Something happens then (an election, a seminar)." },
    PERIOD: { description: 'Something runs over the period ("medio januar – ult. april 2009").' },
    RECURRING: {
      description: 'It comes back ("årlig", "halvårlige møder"); the date is its first occurrence in the plan year.',
    },
  },
});
