/**
 * The peer: @neo4j/graphql 7 over the same Neo4j and data, served the same way as Plangraf
 * (Apollo Server 5 + express 5 on 127.0.0.1, port 0), so that the comparison is between the
 * two ways of answering GraphQL, not between HTTP stacks. The type definitions name the
 * stored labels and relationship types of the nested listing only.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { neo4j } from "../../../graph/driver.js";

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Department @node(labels: ["Department"]) {
    id: ID!
    planId: ID!
    name: String!
    goals: [Goal!]! @relationship(type: "OWNS", direction: OUT)
  }
  type Goal @node(labels: ["Goal"]) {
    id: ID!
    letter: String!
    title: String!
    initiatives: [Initiative!]! @relationship(type: "HAS_INITIATIVE", direction: OUT)
  }
  type Initiative @node(labels: ["Initiative"]) {
    id: ID!
    ordinal: Int!
    text: String!
    systems: [System!]! @relationship(type: "USES", direction: OUT)
  }
  type System @node(labels: ["System"]) {
    id: ID!
    name: String!
  }
`;

export interface RunningPeer {
  url: string;
  stop(): Promise<void>;
}

export async function startPeer(uri: string): Promise<RunningPeer> {
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    { userAgent: "plangraf-bench-peer" },
  );
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: true });
  await apollo.start();
  app.use("/graphql", express.json({ limit: "100kb" }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
      httpServer.close();
      await driver.close();
    },
  };
}
