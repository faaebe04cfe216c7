import { decisionEndpoint } from "@/lib/connections/sandbox/authorize";
import { demoOnly } from "@/lib/connections/sandbox/demo-only";

export const dynamic = "force-dynamic";
export const POST = demoOnly(decisionEndpoint);
