"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { createInstanceBodySchema } from "@/lib/api/schemas";
import { exportDefinition } from "@/lib/definitions/queries";
import { deleteDefinition, importDefinition } from "@/lib/definitions/store";
import { createInstance } from "@/lib/instances/store";

export const importDefinitionAction = defineAction(
  "operator",
  z.object({ text: z.string().trim().min(1, "Paste a definition or choose a file").max(2_000_000, "The definition is too large"), force: z.boolean().default(false) }),
  async ({ text, force }, actor) => {
    const result = await importDefinition(actor, text, { force });
    revalidatePath("/integrations");
    return { name: result.definition.name, version: result.definition.version, outcome: result.outcome, previousVersion: result.previousVersion };
  },
);

// Admin only, like DELETE /api/v1/integration-definitions/:id: it removes the integration for everyone.
export const deleteDefinitionAction = defineAction("admin", z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
  await deleteDefinition(actor, id);
  revalidatePath("/integrations");
  return null;
});

export const exportDefinitionAction = defineAction("viewer", z.object({ id: z.string().min(1) }), async ({ id }, actor) =>
  exportDefinition(actor.workspaceId, id),
);

export const createInstanceAction = defineAction("operator", createInstanceBodySchema, async (input, actor) => {
  const instance = await createInstance(actor, input);
  revalidatePath("/integrations");
  return { id: instance.id, name: instance.name, status: instance.status };
});
