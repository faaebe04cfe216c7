import { demoOnly } from "@/lib/connections/sandbox/demo-only";
import { statsEndpoint } from "@/lib/connections/sandbox/token";

export const dynamic = "force-dynamic";
export const GET = demoOnly(statsEndpoint);
