import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { pageActor } from "@/lib/auth/page-gate";
import { hasRole } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { listEvents } from "@/lib/events/queries";
import { getInstancePageData } from "@/lib/instances/queries";
import { listRuns } from "@/lib/runs/queries";
import { RequestLogTable } from "@/components/request-log/request-log-table";
import { ConnectOutcomeToast } from "@/components/connections/connect-outcome-toast";
import { InstanceEvents, InstanceRuns } from "@/components/integrations/instance-activity";
import { MethodsPanel } from "@/components/methods/methods-panel";
import { InstanceHeader } from "@/components/integrations/instance-header";
import { InstanceSettingsPanel } from "@/components/integrations/instance-settings-panel";
import { InstanceTabs } from "@/components/integrations/instance-tabs";
import { parseInstanceTab } from "@/components/integrations/instance-tab-names";
import { removeInstanceAction, saveInstanceSettingsAction, setEnabledAction } from "./actions";
import { ConnectionTab } from "./connection-tab";
import { runMethodAction } from "./method-actions";

export const metadata: Metadata = { title: "Integration" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(workspaceId: string, id: string) {
  try {
    return await getInstancePageData(workspaceId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function InstancePage({ params, searchParams }: Props) {
  const actor = await pageActor();
  const { id } = await params;
  const query = await searchParams;
  const tab = parseInstanceTab(typeof query.tab === "string" ? query.tab : undefined);
  const { instance, definition } = await load(actor.workspaceId, id);
  const canEdit = hasRole(actor.role, "operator");
  const [runs, events] = await Promise.all([listRuns({ workspaceId: actor.workspaceId, instanceId: id }), listEvents({ workspaceId: actor.workspaceId, instanceId: id })]);
  const panels = {
    settings: (
      <InstanceSettingsPanel
        name={instance.name}
        schema={definition.configSchema}
        config={instance.config}
        secretStatus={instance.secrets}
        canEdit={canEdit}
        onSave={saveInstanceSettingsAction.bind(null, id)}
        onDelete={removeInstanceAction.bind(null, id)}
      />
    ),
    connection: <ConnectionTab instanceId={id} workspaceId={actor.workspaceId} authType={definition.authType} canEdit={canEdit} hasTestMethod={definition.hasTestMethod} />,
    methods: <MethodsPanel instanceId={id} methods={definition.methods} canRun={canEdit} onExecute={runMethodAction.bind(null, id)} />,
    runs: <InstanceRuns runs={runs} />,
    requests: <RequestLogTable workspaceId={actor.workspaceId} instanceId={id} searchParams={query} keepParams={["tab"]} />,
    events: <InstanceEvents events={events} />,
  };
  return (
    <>
      <nav className="mb-2 text-sm text-zinc-500"><Link href="/integrations" className="hover:underline">Integrations</Link></nav>
      <InstanceHeader
        name={instance.name}
        icon={definition.icon}
        definitionName={`${definition.name} v${definition.version}`}
        status={instance.status}
        statusReason={instance.statusReason}
        enabled={instance.enabled}
        canEdit={canEdit}
        onSetEnabled={setEnabledAction.bind(null, id)}
      />
      <Suspense fallback={null}>
        <ConnectOutcomeToast />
        <InstanceTabs tab={tab} panels={panels} />
      </Suspense>
    </>
  );
}
