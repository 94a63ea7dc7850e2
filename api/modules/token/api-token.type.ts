import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("ApiToken", { description: "An API token an admin issued (the secret itself is shown once, at issue)." })
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Who the token speaks for; written into the audit trail." }) subject!: string;
  @Field(() => String, { description: "reader | planner | admin" }) role!: string;
  @Field(() => String) name!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String) expiresAt!: string;
  @Field(() => Boolean) revoked!: boolean;
}

@ObjectType("IssuedToken", { description: "A new token: keep `token` now, it is not shown again." })
export class IssuedToken {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`." }) token!: string;
  @Field(() => ApiToken) info!: ApiToken;
}
