import type { Metadata } from "next";
import { pageActor } from "@/lib/auth/page-gate";
import { hasRole } from "@/lib/auth/roles";
import { listDefinitions } from "@/lib/definitions/queries";
import { installBuiltinCatalog } from "@/lib/definitions/store";
import { listInstanceRows } from "@/lib/instances/queries";
import { PageHeader } from "@/components/ui/page-header";
import { CatalogGrid } from "@/components/integrations/catalog-grid";
import { ImportDefinitionDialog } from "@/components/integrations/import-definition-dialog";
import { InstancesTable } from "@/components/integrations/instances-table";
import { deleteDefinitionAction, exportDefinitionAction, importDefinitionAction } from "./actions";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const actor = await pageActor();
  const canOperate = hasRole(actor.role, "operator");
  // Viewers only see what is installed; an operator's visit installs or upgrades the shipped catalog.
  if (canOperate) await installBuiltinCatalog(actor.workspaceId);
  const [instances, definitions] = await Promise.all([listInstanceRows(actor.workspaceId), listDefinitions(actor.workspaceId)]);
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Your connections to outside services, and the catalog of integrations you can add."
        actions={canOperate ? <ImportDefinitionDialog onImport={importDefinitionAction} /> : null}
      />
      <section aria-labelledby="your-integrations" className="mb-10">
        <h2 id="your-integrations" className="mb-3 text-lg font-semibold text-zinc-900">Your integrations</h2>
        <InstancesTable rows={instances} />
      </section>
      <section aria-labelledby="catalog">
        <h2 id="catalog" className="mb-3 text-lg font-semibold text-zinc-900">Catalog</h2>
        <CatalogGrid
          definitions={definitions}
          canAdd={canOperate}
          canDelete={hasRole(actor.role, "admin")}
          onExport={exportDefinitionAction}
          onDelete={deleteDefinitionAction}
        />
      </section>
    </>
  );
}
