/** Admins issue, list and revoke API tokens; each action is in the audit trail. */
import { GraphQLError } from "graphql";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { listTokens, recordToken, revokeToken } from "../../../graph/repositories/token.repository.js";
import { isRole, ROLES } from "../../auth/roles.js";
import { signToken } from "../../auth/tokens.js";
import { actorOf, type Context } from "../../context.js";
import { badInput } from "../../errors.js";
import { text } from "../shared/validate.js";
import { ApiToken, IssuedToken } from "./api-token.type.js";

@Resolver()
export class TokenResolver {
  @Authorized("admin")
  @Query(() => [ApiToken], { description: "Issued API tokens, newest first (admin)." })
  apiTokens(
    @Ctx() ctx: Context,
    @Arg("limit", () => Int, { defaultValue: 100, description: "At most this many, 1-1000." }) limit: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput("limit must be from 1 to 1000.", "limit");
    return listTokens(ctx.db, limit);
  }

  @Authorized("admin")
  @Mutation(() => IssuedToken, { description: "Issues a token for a user and role (admin)." })
  async createApiToken(
    @Ctx() ctx: Context,
    @Arg("subject", () => String, { description: "Who the token speaks for; written into the audit trail." })
    subject: string,
    @Arg("role", () => String, { description: "reader | planner | admin" }) role: string,
    @Arg("name", () => String, { defaultValue: "", description: "A note to tell tokens apart." }) name: string,
    @Arg("expiresInDays", () => Int, { defaultValue: 30, description: "Days until the token expires, 1-365." })
    days: number,
  ) {
    if (!isRole(role)) throw badInput(`role must be one of ${ROLES.join(", ")}.`, "role");
    if (!Number.isInteger(days) || days < 1 || days > 365)
      throw badInput("expiresInDays must be from 1 to 365.", "expiresInDays");
    if (!ctx.auth) throw new GraphQLError("This server does not issue tokens.", { extensions: { code: "FORBIDDEN" } });
    const who = text("subject", subject, { max: 100 });
    const signed = await signToken(ctx.auth.secret, who, role, days);
    const info = await recordToken(ctx.db, actorOf(ctx), {
      id: signed.tokenId,
      subject: who,
      role,
      name: text("name", name, { min: 0, max: 200 }),
      expiresAt: signed.expiresAt.toISOString(),
    });
    return { token: signed.token, info };
  }

  @Authorized("admin")
  @Mutation(() => ApiToken, { description: "Revokes a token at once (admin)." })
  revokeApiToken(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Id of the node." }) id: string) {
    return revokeToken(ctx.db, actorOf(ctx), id);
  }
}
