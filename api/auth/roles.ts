/** Roles, weakest first: each role may do everything the ones before it may. */
export const ROLES = ["reader", "planner", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  /** Who: the token's subject, written into the audit trail. */
  id: string;
  role: Role;
  /** Token id, for revocation; undefined for anonymous readers. */
  tokenId?: string;
  /** True for a request without a token (a reader while anonymous reading is on). */
  anonymous?: boolean;
}

export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (ROLES as readonly string[]).includes(value);

export function hasRole(user: User | null, required: Role): boolean {
  return user !== null && ROLES.indexOf(user.role) >= ROLES.indexOf(required);
}
