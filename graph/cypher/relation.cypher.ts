/** Neighbours along one relationship type, for many nodes in one round trip. */
import type { RelType } from "../model.js";
import { neighbourOrder, nodeMap } from "./fragments.js";

export type Direction = "out" | "in";

export const relatedNodes = (type: RelType, direction: Direction) => `
UNWIND $ids AS id
MATCH (a:Entity {id: id})${direction === "out" ? `-[:${type}]->` : `<-[:${type}]-`}(b:Entity)
WITH id, b
ORDER BY ${neighbourOrder(type, direction, "b")}
RETURN id, collect(${nodeMap("b")}) AS nodes`;
