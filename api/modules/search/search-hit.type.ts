import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("SnippetPart", {
  description: "A piece of a search snippet: plain text (never markup), and whether it is a word that matched.",
})
export class SnippetPart {
  @Field(() => String, { description: "The text of this piece, as it stands in the plan." })
  text!: string;

  @Field(() => Boolean, { description: "True where the piece is a word that matched the search." })
  match!: boolean;
}

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
    deprecationReason: "Use snippetParts",
  })
  snippet!: string;

  @Field(() => [SnippetPart], {
    description:
      "The matching text as parts in order, each plain text and marked as a match or not, cut to about 200 characters with … at the cuts. Render the text as text.",
  })
  snippetParts!: SnippetPart[];

  @Field(() => String, {
    description:
      "The field the snippet comes from: name, title, mainGoal, strategy, text, description, vision or aliases.",
  })
  field!: string;
}
