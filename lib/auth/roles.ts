export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function hasRole(actual: Role, needed: Role): boolean {
  return rank[actual] >= rank[needed];
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin — everything, including members and settings",
  operator: "Operator — configure, connect, run and retry",
  viewer: "Viewer — read only",
};

const verbs: Record<Role, string> = {
  viewer: "view this workspace",
  operator: "change integrations, connect accounts, run or retry",
  admin: "manage members, tokens and workspace settings",
};

export function refusalMessage(actual: Role, needed: Role): string {
  return `Your role is ${actual}: only ${needed === "admin" ? "admins" : "operators and admins"} can ${verbs[needed]}.`;
}
