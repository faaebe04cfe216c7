"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { updateInstanceBodySchema } from "@/lib/api/schemas";
import { deleteInstance, updateInstance } from "@/lib/instances/store";

const idSchema = z.object({ id: z.string().min(1) });

/** Settings and name; secrets the operator left blank keep their stored value (see lib/instances/store). */
export const updateInstanceAction = defineAction("operator", updateInstanceBodySchema.extend(idSchema.shape), async ({ id, ...patch }, actor) => {
  const instance = await updateInstance(actor, id, patch);
  revalidatePath(`/integrations/${id}`);
  revalidatePath("/integrations");
  return { name: instance.name, status: instance.status, enabled: instance.enabled };
});

export const setInstanceEnabledAction = defineAction("operator", idSchema.extend({ enabled: z.boolean() }), async ({ id, enabled }, actor) => {
  const instance = await updateInstance(actor, id, { enabled });
  revalidatePath(`/integrations/${id}`);
  revalidatePath("/integrations");
  return { status: instance.status, enabled: instance.enabled };
});

export const deleteInstanceAction = defineAction("operator", idSchema, async ({ id }, actor) => {
  await deleteInstance(actor, id);
  revalidatePath("/integrations");
  return null;
});

/** Bound to one instance on the page: `saveInstanceSettingsAction.bind(null, id)`. */
export async function saveInstanceSettingsAction(id: string, input: { name: string; config: Record<string, unknown> }) {
  return updateInstanceAction({ id, ...input });
}

export async function setEnabledAction(id: string, enabled: boolean) {
  return setInstanceEnabledAction({ id, enabled });
}

export async function removeInstanceAction(id: string) {
  return deleteInstanceAction({ id });
}
