import { registerEnumType } from "type-graphql";

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  HALF_YEAR = "HALF_YEAR",
  YEAR = "YEAR",
  RANGE = "RANGE",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely the plan dates a milestone; `date` is the first day of the period, `endDate` its last.",
  valuesConfig: {
    DAY: { description: 'A day, e.g. "1. juli 2009".' },
    MONTH: { description: 'A month, e.g. "juni 2009".' },
    QUARTER: { description: 'A quarter (kvartal), e.g. "1. kvartal 2009".' },
    HALF_YEAR: { description: 'A half year (halvår), e.g. "1. halvår 2009".' },
    YEAR: { description: 'A year, e.g. "i løbet af 2009".' },
    RANGE: { description: "A span from `date` to `endDate`." },
  },
});
