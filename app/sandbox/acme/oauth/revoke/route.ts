import { demoOnly } from "@/lib/connections/sandbox/demo-only";
import { revokeEndpoint } from "@/lib/connections/sandbox/token";

export const dynamic = "force-dynamic";
export const POST = demoOnly(revokeEndpoint);
