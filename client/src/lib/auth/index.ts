export { createAuthLink } from "./auth-link";
export { readToken, saveToken, tokenClaims, useToken, type TokenClaims } from "./token-store";
