import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("ApiToken", { description: "An API token an admin issued (the secret itself is shown once, at issue)." })
export class ApiToken {
  @Field(() => ID, { description: "The token's id (its `jti`)." }) id!: string;
  @Field(() => String, { description: "Who the token speaks for; written into the audit trail." }) subject!: string;
  @Field(() => String, { description: "reader | planner | admin" }) role!: string;
  @Field(() => String, { description: "A note to tell tokens apart." }) name!: string;
  @Field(() => String, { description: "The admin who issued it." }) createdBy!: string;
  @Field(() => String, { description: "When it was issued (ISO 8601)." }) createdAt!: string;
  @Field(() => String, { description: "When it stops working (ISO 8601)." }) expiresAt!: string;
  @Field(() => Boolean, { description: "True once an admin revoked it." }) revoked!: boolean;
}

@ObjectType("IssuedToken", { description: "A new token: keep `token` now, it is not shown again." })
export class IssuedToken {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`." }) token!: string;
  @Field(() => ApiToken, { description: "The token's record." }) info!: ApiToken;
}
