/** Signing and checking API tokens (JWT, HS256). */
import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { isRole, type Role, type User } from "./roles.js";

const ISSUER = "plangraf";

export async function signToken(
  secret: Uint8Array,
  subject: string,
  role: Role,
  expiresInDays = 30,
): Promise<{ token: string; tokenId: string; expiresAt: Date }> {
  const tokenId = randomUUID();
  const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
  const token = await new SignJWT({ role })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setSubject(subject)
    .setJti(tokenId)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(secret);
  return { token, tokenId, expiresAt };
}

/** The user a token names, or null when it is invalid, expired or names no known role. */
export async function verifyToken(secret: Uint8Array, token: string): Promise<User | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ["HS256"] });
    if (!payload.sub || !isRole(payload.role)) return null;
    return { id: payload.sub, role: payload.role, tokenId: payload.jti };
  } catch {
    return null;
  }
}
