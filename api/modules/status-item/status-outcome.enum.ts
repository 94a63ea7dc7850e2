import { registerEnumType } from "type-graphql";

export enum StatusOutcome {
  DONE = "DONE",
  PARTLY_DONE = "PARTLY_DONE",
  IN_PROGRESS = "IN_PROGRESS",
  CONTINUES = "CONTINUES",
  POSTPONED = "POSTPONED",
  NOT_DONE = "NOT_DONE",
  FAILED = "FAILED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(StatusOutcome, {
  name: "StatusOutcome",
  description: "How a status line of the previous year (status på 2008) turned out, as the plan reports it.",
  valuesConfig: {
    DONE: { description: 'Finished (e.g. "er implementeret", "succesfuldt afsluttet").' },
    PARTLY_DONE: { description: "Partly finished." },
    IN_PROGRESS: { description: 'Still running at the end of the year (e.g. "Arbejdet er i gang").' },
    CONTINUES: {
      description:
        'Carried on into the plan year (e.g. "ruller videre i 2009", "Dette projektarbejde vil fortsætte i 2009"); `continuedBy` names where.',
    },
    POSTPONED: { description: 'Put on hold or moved (e.g. "sat på standby").' },
    NOT_DONE: { description: "Not carried out." },
    FAILED: { description: "Attempted and failed." },
    UNKNOWN: { description: "The plan does not say." },
  },
});
