import { registerEnumType } from "type-graphql";
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from "../../../seeds/suggest/types.js";

export const SuggestionKind = Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, k])) as {
  [K in (typeof SUGGESTION_KINDS)[number]]: K;
};
export const SuggestionStatus = Object.fromEntries(SUGGESTION_STATUSES.map((k) => [k, k])) as {
  [K in (typeof SUGGESTION_STATUSES)[number]]: K;
};

registerEnumType(SuggestionKind, {
  name: "SuggestionKind",
  description: "What a suggested fact is.",
  valuesConfig: {
    SYSTEM: { description: "An IT system, module, platform or project the plan names." },
    ORGANISATION: { description: "An outside party or body the plan names." },
    MILESTONE: { description: "A dated milestone, from a Danish date expression (`label` is the date as written)." },
    DEPENDENCY: { description: '`from` needs `to` (a cue such as "forudsætning", "afventer", "når ... er på plads").' },
    COORDINATION: {
      description: '`from` works with `to` ("i samarbejde med", "koordinering", or both named in one goal).',
    },
    OWNER: { description: "The department `from` implements or runs the system `to`." },
  },
});

registerEnumType(SuggestionStatus, {
  name: "SuggestionStatus",
  description: "Where a suggestion is in review.",
  valuesConfig: {
    OPEN: { description: "Not reviewed yet." },
    ACCEPTED: { description: "Accepted: its fact is in the graph." },
    REJECTED: { description: "Rejected: nothing was written." },
  },
});
