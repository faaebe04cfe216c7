import { loadInstanceContext } from "@/lib/instances/context";

export type MethodSummary = {
  name: string;
  description: string;
  paramSchema: Record<string, unknown>;
  resultSchema: Record<string, unknown>;
  httpMethod: string;
  idempotent: boolean;
};

/** The methods an instance offers, with their schemas (nothing secret: schemas come from the definition). */
export async function listMethods(scope: { workspaceId: string }, instanceId: string): Promise<MethodSummary[]> {
  const { definition } = await loadInstanceContext(instanceId, scope.workspaceId);
  return definition.methods.map((method) => ({
    name: method.name,
    description: method.description,
    paramSchema: method.paramSchema,
    resultSchema: method.resultSchema,
    httpMethod: method.http?.method ?? "POST",
    idempotent: method.idempotent ?? false,
  }));
}
