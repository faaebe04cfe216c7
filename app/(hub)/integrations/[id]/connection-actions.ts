"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { credentialsInputSchema, saveCredentials as storeCredentials } from "@/lib/connections/credentials";
import { disconnect, startOAuth2 } from "@/lib/connections/oauth2";

const instanceId = z.string().min(1);

function refresh(id: string) {
  revalidatePath(`/integrations/${id}`);
}

const connect = defineAction("operator", z.object({ instanceId }), async (input, actor) => {
  const result = await startOAuth2(actor, input.instanceId, { origin: "ui" });
  if (result.connected) refresh(input.instanceId);
  return { authorizationUrl: result.authorizationUrl ?? undefined, connected: result.connected };
});

const disconnectInstance = defineAction("operator", z.object({ instanceId }), async (input, actor) => {
  await disconnect(actor, input.instanceId);
  refresh(input.instanceId);
  return null;
});

const saveCredentials = defineAction("operator", z.object({ instanceId, credentials: credentialsInputSchema }), async (input, actor) => {
  await storeCredentials(actor, input.instanceId, input.credentials);
  refresh(input.instanceId);
  return null;
});

/** Connect: the provider URL to send the browser to, or (client credentials) connected at once. Bind the instance id. */
export async function connectInstanceAction(id: string) {
  return connect({ instanceId: id });
}

export async function disconnectInstanceAction(id: string) {
  return disconnectInstance({ instanceId: id });
}

/** Field errors come back as `credentials.<field>`. */
export async function saveCredentialsAction(id: string, values: unknown) {
  return saveCredentials({ instanceId: id, credentials: values as z.input<typeof credentialsInputSchema> });
}
