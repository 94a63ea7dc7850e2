/** A suggestion as a stored Suggestion node's properties (graph/repositories/suggestion-facts.ts reads them). */
import type { Suggestion } from "./types.js";

export function suggestionRow(s: Suggestion): Record<string, unknown> {
  const { milestone, names, ...rest } = s;
  return {
    ...rest,
    milestoneJson: milestone ? JSON.stringify(milestone) : null,
    namesJson: names ? JSON.stringify(names) : null,
  };
}
