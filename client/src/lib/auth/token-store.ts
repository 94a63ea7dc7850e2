import { useSyncExternalStore } from "react";

/**
 * A planner's API token (from `npm run token -- --user <name> --role planner`), pasted once
 * and kept for this browser tab only (sessionStorage): closing the tab logs out.
 */
const KEY = "plangraf.token";
const CHANGE_EVENT = "plangraf:tokenchange";

export interface TokenClaims {
  subject: string;
  role: string;
  /** Seconds since the epoch; null when the token carries no expiry. */
  expires: number | null;
}

export function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lives as long as the page does not reload.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** What the token says about itself, unverified (the server checks it on every request). */
export function tokenClaims(token: string): TokenClaims | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as {
      sub?: unknown;
      role?: unknown;
      exp?: unknown;
    };
    if (typeof json.sub !== "string" || typeof json.role !== "string") return null;
    return { subject: json.sub, role: json.role, expires: typeof json.exp === "number" ? json.exp : null };
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The stored token and what it claims; `planner` is true for the planner and admin roles. */
export function useToken(): { token: string | null; claims: TokenClaims | null; planner: boolean } {
  const token = useSyncExternalStore(subscribe, readToken, () => null);
  const claims = token ? tokenClaims(token) : null;
  return { token, claims, planner: claims?.role === "planner" || claims?.role === "admin" };
}
