import { SetContextLink } from "@apollo/client/link/context";
import { readToken } from "./token-store";

/** Sends the stored token as `Authorization: Bearer ...`; without one, requests stay anonymous. */
export function createAuthLink(): SetContextLink {
  return new SetContextLink((prev) => {
    const token = readToken();
    return token
      ? { headers: { ...(prev.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } }
      : {};
  });
}
