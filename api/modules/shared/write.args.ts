/**
 * Arguments of planners' writes. A write that changes something the caller read names it
 * and the version it had when read; the repository refuses a stale version with CONFLICT.
 */
import { ArgsType, Field, ID, Int } from "type-graphql";

/** The `version` argument: one description wherever a write checks the version read. */
export const VERSION_ARG = { description: "The version you read; a stale one is refused with CONFLICT." };

@ArgsType()
export class VersionedNodeArgs {
  @Field(() => ID, { description: "Id of the node." }) id!: string;
  @Field(() => Int, VERSION_ARG) version!: number;
}

/** The `patch` argument of an update. */
export const PATCH_ARG = { description: "Fields to change; omitted ones stay as they are." };

/** The `input` argument of a create. */
export const INPUT_ARG = { description: "The new fields." };
