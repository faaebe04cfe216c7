/** Accounts the e2e runner (scripts/e2e.ts) seeds into its throwaway database. */
export const ADMIN = { email: "admin@patchbay.local", password: "patchbay-demo" };
export const VIEWER = { email: "viewer@patchbay.local", password: "viewer-pass-123" };
export const OPERATOR = { email: "operator@patchbay.local", password: "operator-pass-123" };
