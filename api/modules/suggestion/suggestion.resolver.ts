/**
 * The review queue of suggested facts: read it (anyone who may read), accept, reject or edit
 * (role planner; each one audited transaction), or accept every open suggestion of one rule.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import * as repo from "../../../graph/repositories/suggestion.repository.js";
import type { SuggestionRecord } from "../../../graph/repositories/suggestion.repository.js";
import { actorOf, type Context } from "../../context.js";
import { Node } from "../node/node.type.js";
import { requiredId } from "../shared/args.js";
import { SuggestionStatus } from "./suggestion.enums.js";
import { SuggestionPatch } from "./suggestion.input.js";
import { Suggestion } from "./suggestion.type.js";

@Resolver(() => Suggestion)
export class SuggestionResolver {
  @Query(() => [Suggestion], {
    description: "Suggested facts of an imported plan, by kind and confidence; `status` filters.",
  })
  suggestions(
    @Arg("planId", () => ID, { description: 'The plan, e.g. "ltk-okf-2010".' }) planId: string,
    @Arg("status", () => SuggestionStatus, { nullable: true, description: "Only suggestions in this state." })
    status: string | null,
    @Ctx() ctx: Context,
  ) {
    return repo.listSuggestions(ctx.db, requiredId("planId", planId), status ?? null);
  }

  @Authorized("planner")
  @Mutation(() => Suggestion, { description: "Accepts a suggestion: its fact is written (audited, one transaction)." })
  acceptSuggestion(@Arg("id", () => ID, { description: "The suggestion." }) id: string, @Ctx() ctx: Context) {
    return repo.acceptSuggestion(ctx.db, actorOf(ctx), requiredId("id", id));
  }

  @Authorized("planner")
  @Mutation(() => Suggestion, { description: "Rejects a suggestion; nothing is written to the graph." })
  rejectSuggestion(@Arg("id", () => ID, { description: "The suggestion." }) id: string, @Ctx() ctx: Context) {
    return repo.rejectSuggestion(ctx.db, actorOf(ctx), requiredId("id", id));
  }

  @Authorized("planner")
  @Mutation(() => Suggestion, { description: "Changes an open suggestion's label, ends or kind." })
  editSuggestion(
    @Arg("id", () => ID, { description: "The suggestion." }) id: string,
    @Arg("patch", () => SuggestionPatch, { description: "What to change." }) patch: SuggestionPatch,
    @Ctx() ctx: Context,
  ) {
    return repo.editSuggestion(ctx.db, actorOf(ctx), requiredId("id", id), {
      label: patch.label ?? undefined,
      from: patch.from ?? undefined,
      to: patch.to ?? undefined,
      kind: (patch.kind ?? undefined) as SuggestionRecord["kind"] | undefined,
    });
  }

  @Authorized("planner")
  @Mutation(() => [Suggestion], {
    description:
      "Accepts every open suggestion of one rule, each in its own audited transaction; one that cannot be accepted yet (its end is not in the graph) stays open.",
  })
  async acceptSuggestionsOfRule(
    @Arg("planId", () => ID, { description: "The plan." }) planId: string,
    @Arg("rule", () => String, { description: 'The rule, e.g. "catalogue".' }) rule: string,
    @Ctx() ctx: Context,
  ) {
    const open = (await repo.listSuggestions(ctx.db, requiredId("planId", planId), "OPEN")).filter(
      (s) => s.rule === rule,
    );
    const accepted: SuggestionRecord[] = [];
    for (const s of open) {
      try {
        accepted.push(await repo.acceptSuggestion(ctx.db, actorOf(ctx), s.id));
      } catch (error) {
        if (!(error instanceof Error) || !/InvalidReference|ConstraintViolation/.test(error.name)) throw error;
      }
    }
    return accepted;
  }

  @FieldResolver(() => Node, { nullable: true, description: "The link's first end, when it is in the graph." })
  from(@Root() s: SuggestionRecord, @Ctx() ctx: Context) {
    return s.from ? ctx.loaders.nodeById.load(s.from) : null;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: "The link's other end (or the accepted milestone or system), when it is in the graph.",
  })
  to(@Root() s: SuggestionRecord, @Ctx() ctx: Context) {
    return s.to ? ctx.loaders.nodeById.load(s.to) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "Id of the link's first end, whether or not it exists yet." })
  fromId(@Root() s: SuggestionRecord) {
    return s.from;
  }

  @FieldResolver(() => ID, { nullable: true, description: "Id of the link's other end, whether or not it exists yet." })
  toId(@Root() s: SuggestionRecord) {
    return s.to;
  }
}
