import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/page-gate";
import { NotFoundError } from "@/lib/errors";
import { getDefinitionForNewInstance } from "@/lib/instances/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DefinitionIcon } from "@/components/integrations/definition-icon";
import { authTypeLabel } from "@/components/integrations/auth-type-label";
import { NewInstanceForm } from "@/components/integrations/new-instance-form";
import { createInstanceAction } from "../actions";

export const metadata: Metadata = { title: "Add an integration" };

type Props = { searchParams: Promise<{ definition?: string }> };

async function loadDefinition(workspaceId: string, id: string | undefined) {
  if (!id) notFound();
  try {
    return await getDefinitionForNewInstance(workspaceId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function NewInstancePage({ searchParams }: Props) {
  const breadcrumb = <Link href="/integrations" className="hover:underline">Integrations</Link>;
  const gate = await pageGate("operator");
  if (!gate.ok) {
    return (
      <>
        <PageHeader title="Add an integration" breadcrumb={breadcrumb} />
        <AccessDenied message={gate.message} />
      </>
    );
  }
  const definition = await loadDefinition(gate.actor.workspaceId, (await searchParams).definition);
  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={<span className="flex items-center gap-3"><DefinitionIcon icon={definition.icon} /> Add {definition.name}</span>}
        description={<>{definition.description} Signs in with: {authTypeLabel(definition.authType)}.</>}
      />
      <Card className="max-w-3xl">
        <CardBody>
          {definition.singletonTaken ? (
            <p className="text-sm text-zinc-700">{definition.name} allows one instance per workspace, and this workspace already has it. Open it from <Link href="/integrations" className="text-indigo-700 underline">Integrations</Link>.</p>
          ) : (
            <NewInstanceForm definitionId={definition.id} definitionName={definition.name} schema={definition.configSchema} onCreate={createInstanceAction} />
          )}
        </CardBody>
      </Card>
    </>
  );
}
