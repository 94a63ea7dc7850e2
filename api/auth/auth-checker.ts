/**
 * Authorization, per field and per mutation: `@Authorized("planner")` on a field or
 * mutation requires that role or a stronger one. Reading at all needs `reader`, checked
 * once per operation by the reader gate (reader-gate.ts).
 */
import { GraphQLError } from "graphql";
import type { AuthCheckerInterface, ResolverData } from "type-graphql";
import type { Context } from "../context.js";
import { hasRole, isRole, type Role } from "./roles.js";
import { unauthenticated } from "./authenticate.js";

export function requireRole(ctx: Context, role: Role, what: string): void {
  // No token at all is UNAUTHENTICATED (HTTP 401), also while anonymous reading is on; a
  // token whose role is too weak is FORBIDDEN (HTTP 403).
  if (!ctx.user || (ctx.user.anonymous && !hasRole(ctx.user, role))) {
    throw unauthenticated(`${what} needs a token: send \`Authorization: Bearer <token>\`.`);
  }
  if (!hasRole(ctx.user, role)) {
    throw new GraphQLError(`${what} needs the role "${role}"; your token has "${ctx.user.role}".`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
}

export class RoleAuthChecker implements AuthCheckerInterface<Context> {
  check({ context, info }: ResolverData<Context>, roles: string[]): boolean {
    const role = roles.find(isRole) ?? "reader";
    requireRole(context, role, `${info.parentType.name}.${info.fieldName}`);
    return true;
  }
}
