/** Planners' writes to dated milestones: ISO dates, with the plan's own wording and how exact it is. */
import type { GraphDb } from "../../../graph/driver.js";
import { DATE_PRECISIONS, MILESTONE_TIMINGS } from "../../../graph/model.js";
import { idSlug } from "../../../graph/stored.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { badInput } from "../../errors.js";
import { deleteNode, updateNode } from "../shared/node-writes.js";
import * as v from "../shared/validate.js";
import type { VersionedNodeArgs } from "../shared/write.args.js";
import type { MilestoneInput, MilestonePatch } from "./milestone.inputs.js";

function oneOf(field: string, allowed: readonly string[], value: string): string {
  if (!allowed.includes(value)) throw badInput(`${field} must be one of ${allowed.join(", ")}.`, field);
  return value;
}

/** The milestone fields a patch (or a new milestone) sets, checked; undefined where it sets nothing. */
function milestoneFields(input: MilestonePatch) {
  return {
    name: v.optionalText("name", input.name, 200),
    date: input.date === undefined ? undefined : v.isoDate("date", input.date),
    endDate: input.endDate === undefined ? undefined : v.isoDate("endDate", input.endDate),
    dateText: v.optionalText("dateText", input.dateText, 200),
    precision: input.precision === undefined ? undefined : oneOf("precision", DATE_PRECISIONS, input.precision),
    timing: input.timing === undefined ? undefined : oneOf("timing", MILESTONE_TIMINGS, input.timing),
  };
}

/** Id `<planId>:milestone:<slug of name>`; a new milestone is never history (`past`). */
export function createMilestone(db: GraphDb, actor: Actor, input: MilestoneInput) {
  const fields = milestoneFields(input);
  const name = v.text("name", input.name, { max: 200 });
  if (fields.endDate && fields.date && fields.endDate < fields.date)
    throw badInput("endDate is before date.", "endDate");
  return edit.createNode(db, actor, {
    kind: "Milestone",
    newId: { base: `${input.planId}:milestone:${idSlug(name)}` },
    props: {
      ...Object.fromEntries(Object.entries(fields).filter(([, x]) => x !== undefined)),
      planId: input.planId,
      name,
      source: "",
      past: false,
    },
    refs: [{ field: "planId", id: input.planId, kinds: ["Plan"] }],
    links: () => [],
  });
}

export function updateMilestone(db: GraphDb, actor: Actor, milestone: VersionedNodeArgs, patch: MilestonePatch) {
  return updateNode(db, actor, "Milestone", milestone, milestoneFields(patch));
}

export function deleteMilestone(db: GraphDb, actor: Actor, milestone: VersionedNodeArgs) {
  return deleteNode(db, actor, "Milestone", milestone);
}
