import type { GraphDb } from "../driver.js";
import { NotFoundError } from "../errors.js";
import * as cypher from "../cypher/token.cypher.js";
import { recordAudit, type Actor } from "./audit.repository.js";

export interface TokenRecord {
  id: string;
  subject: string;
  role: string;
  name: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
}

export async function recordToken(
  db: GraphDb,
  actor: Actor,
  token: Omit<TokenRecord, "createdAt" | "revoked" | "createdBy">,
): Promise<TokenRecord> {
  return db.write("record-token", async (tx) => {
    const [row] = await tx.run<{ token: TokenRecord }>(cypher.recordToken, { ...token, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      kind: "ApiToken",
      nodeId: token.id,
      planId: "",
      before: null,
      after: row!.token,
    });
    return row!.token;
  });
}

export async function revokeToken(db: GraphDb, actor: Actor, id: string): Promise<TokenRecord> {
  return db.write("revoke-token", async (tx) => {
    const [row] = await tx.run<{ token: TokenRecord }>(cypher.revokeToken, { id });
    if (!row) throw new NotFoundError(`Token "${id}" was not found.`);
    await recordAudit(tx, actor, {
      action: "revoke",
      kind: "ApiToken",
      nodeId: id,
      planId: "",
      before: { revoked: false },
      after: { revoked: true },
    });
    return row.token;
  });
}

/** Tokens are recorded when issued (API or `npm run token`); a revoked one is refused. */
export async function isTokenRevoked(db: GraphDb, id: string): Promise<boolean> {
  const [row] = await db.read("token-revoked", (tx) => tx.run<{ revoked: boolean }>(cypher.isRevoked, { id }));
  return row?.revoked === true;
}

export async function listTokens(db: GraphDb, limit: number): Promise<TokenRecord[]> {
  const rows = await db.read("list-tokens", (tx) => tx.run<{ token: TokenRecord }>(cypher.listTokens, { limit }));
  return rows.map((r) => r.token);
}
