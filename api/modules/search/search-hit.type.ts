import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("SearchHit", { description: "A node that matched a full-text search, with where and how well." })
export class SearchHit {
  @Field(() => Node, { description: "The matching node." })
  node!: Node;

  @Field(() => Float, {
    description:
      "Relevance from the full-text index (Lucene score); higher is better, comparable only within one search.",
  })
  score!: number;

  @Field(() => String, {
    description:
      "Matching text with <mark>..</mark> around hits (HTML-escaped otherwise), cut to about 200 characters with … at the cuts.",
  })
  snippet!: string;

  @Field(() => String, {
    description:
      "The field the snippet comes from: name, title, mainGoal, strategy, text, description, vision or aliases.",
  })
  field!: string;
}
