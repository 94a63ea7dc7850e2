/**
 * Authorization, per field and per mutation: `@Authorized("planner")` on a field or
 * mutation requires that role or a stronger one; every root Query field requires `reader`
 * (which anonymous requests get only when PLANGRAF_ANONYMOUS_READ is on).
 */
import { GraphQLError } from "graphql";
import type { AuthCheckerInterface, MiddlewareFn, ResolverData } from "type-graphql";
import type { Context } from "../context.js";
import { hasRole, isRole, type Role } from "./roles.js";
import { unauthenticated } from "./authenticate.js";

function require(ctx: Context, role: Role, what: string): void {
  if (ctx.user === null) throw unauthenticated(`${what} needs a token: send \`Authorization: Bearer <token>\`.`);
  if (!hasRole(ctx.user, role)) {
    throw new GraphQLError(`${what} needs the role "${role}"; your token has "${ctx.user.role}".`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
}

export class RoleAuthChecker implements AuthCheckerInterface<Context> {
  check({ context, info }: ResolverData<Context>, roles: string[]): boolean {
    const role = roles.find(isRole) ?? "reader";
    require(context, role, `${info.parentType.name}.${info.fieldName}`);
    return true;
  }
}

export const requireReaderForQueries: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name === "Query" && info.path.prev === undefined) require(context, "reader", `Query.${info.fieldName}`);
  return next();
};
