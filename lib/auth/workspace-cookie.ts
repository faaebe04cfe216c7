export const WORKSPACE_COOKIE = "pb_workspace";
