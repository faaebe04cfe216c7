import { createContactEndpoint, listContactsEndpoint } from "@/lib/connections/sandbox/contacts";
import { demoOnly } from "@/lib/connections/sandbox/demo-only";

export const dynamic = "force-dynamic";
export const GET = demoOnly(listContactsEndpoint);
export const POST = demoOnly(createContactEndpoint);
