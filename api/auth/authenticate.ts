/**
 * Who is asking: from the `Authorization: Bearer <token>` header. A bad token is refused
 * (UNAUTHENTICATED, HTTP 401) rather than silently downgraded to anonymous.
 */
import { GraphQLError } from "graphql";
import type { AuthSettings } from "./settings.js";
import type { User } from "./roles.js";
import { verifyToken } from "./tokens.js";

export const ANONYMOUS_READER: User = { id: "anonymous", role: "reader", anonymous: true };

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export async function authenticate(
  header: string | undefined,
  settings: AuthSettings,
  isRevoked: (tokenId: string) => Promise<boolean>,
): Promise<User | null> {
  if (!header) return settings.anonymousRead ? ANONYMOUS_READER : null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.");
  const user = await verifyToken(settings.secret, match[1]!);
  if (!user) throw unauthenticated("The token is invalid or has expired.");
  if (user.tokenId && (await isRevoked(user.tokenId))) throw unauthenticated("The token has been revoked.");
  return user;
}
