import { demoOnly } from "@/lib/connections/sandbox/demo-only";
import { flakyEndpoint } from "@/lib/connections/sandbox/flaky";

export const dynamic = "force-dynamic";
export const POST = demoOnly(flakyEndpoint);
