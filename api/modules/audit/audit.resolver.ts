import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { auditLog } from "../../../graph/repositories/audit.repository.js";
import type { Context } from "../../context.js";
import { badInput } from "../../errors.js";
import { AuditEntry } from "./audit-entry.type.js";

function since(value: string | undefined): string | null {
  if (value === undefined) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`since must be an ISO 8601 date or time, got "${value}".`, "since");
  return date.toISOString();
}

function limit(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 500) throw badInput("limit must be from 1 to 500.", "limit");
  return value;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized("planner")
  @Query(() => [AuditEntry], {
    description: "The audit trail, newest first: every write, optionally for one node (or edge key) and since a time.",
  })
  auditLog(
    @Ctx() ctx: Context,
    @Arg("nodeId", () => ID, {
      nullable: true,
      description: "Only entries for this node id (or edge key `from|TYPE|to`).",
    })
    nodeId?: string,
    @Arg("since", () => String, { nullable: true, description: "ISO 8601 date or time." }) sinceAt?: string,
    @Arg("limit", () => Int, { defaultValue: 50, description: "At most this many entries, 1-500." }) max = 50,
  ) {
    return auditLog(ctx.db, { nodeId: nodeId ?? null, since: since(sinceAt), limit: limit(max) });
  }
}
