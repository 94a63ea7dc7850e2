/** The Danish month names, lower case, January first: how plans write dates ("1. juli 2009"). */
export const DANISH_MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
] as const;
