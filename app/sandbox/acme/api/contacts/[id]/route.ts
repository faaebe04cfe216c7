import { getContactEndpoint } from "@/lib/connections/sandbox/contacts";
import { demoOnly } from "@/lib/connections/sandbox/demo-only";

export const dynamic = "force-dynamic";
export const GET = demoOnly(async (request: Request, context: { params: Promise<{ id: string }> }) =>
  getContactEndpoint(request, (await context.params).id),
);
