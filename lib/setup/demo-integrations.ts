import { db } from "@/lib/db/client";
import { systemActor } from "@/lib/auth/actor";
import { installBuiltinCatalog } from "@/lib/definitions/store";
import { createInstance } from "@/lib/instances/store";

export const DEMO_ACME_INSTANCE = "Acme CRM (demo)";

/**
 * The demo's integrations: the built-in catalog, and an Acme CRM instance set up with the sandbox
 * provider's demo OAuth client, ready for an operator to press Connect.
 */
export async function seedDemoIntegrations(workspaceId: string, log: (line: string) => void = () => {}) {
  const { installed } = await installBuiltinCatalog(workspaceId);
  if (installed.length > 0) log(`Installed the built-in catalog: ${installed.join(", ")}`);
  // Only alongside a fresh install of Acme: an operator who deleted the demo instance keeps it deleted.
  if (!installed.includes("acme-crm")) return;
  const acme = await db.integrationDefinition.findUnique({ where: { workspaceId_key: { workspaceId, key: "acme-crm" } } });
  if (!acme) return;
  await createInstance(systemActor(workspaceId, "demo seed"), {
    integrationDefinitionId: acme.id,
    name: DEMO_ACME_INSTANCE,
    config: { clientId: "acme-demo-client", clientSecret: "acme-demo-secret" },
  });
  log(`Created the "${DEMO_ACME_INSTANCE}" instance: open it and press Connect`);
}
