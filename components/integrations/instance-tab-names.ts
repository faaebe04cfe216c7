// Shared by the server page (to read `?tab=`) and the client tabs; no "use client" here on purpose.
export const INSTANCE_TABS = [
  { value: "settings", label: "Settings" },
  { value: "connection", label: "Connection" },
  { value: "methods", label: "Methods" },
  { value: "runs", label: "Runs" },
  { value: "requests", label: "Request log" },
  { value: "events", label: "Events" },
] as const;

export type InstanceTab = (typeof INSTANCE_TABS)[number]["value"];

export function parseInstanceTab(value: string | undefined): InstanceTab {
  return INSTANCE_TABS.some((t) => t.value === value) ? (value as InstanceTab) : "settings";
}
