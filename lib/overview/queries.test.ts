import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getInstanceCounts } from "./queries";

describe("getInstanceCounts", () => {
  it("counts active, needing attention and disabled instances of one workspace", async () => {
    const workspace = await db.workspace.create({ data: { name: `overview-${randomUUID()}` } });
    const definition = await db.integrationDefinition.create({
      data: { workspaceId: workspace.id, key: "acme", name: "Acme", version: "1.0.0", type: "http", authType: "oauth2", document: {} },
    });
    const make = (status: "ACTIVE" | "FAILED" | "PENDING_AUTHENTICATION" | "DISABLED", enabled = true) =>
      db.integrationInstance.create({ data: { workspaceId: workspace.id, definitionId: definition.id, name: `${status}-${enabled}`, status, enabled } });
    await make("ACTIVE");
    await make("ACTIVE");
    await make("FAILED");
    await make("PENDING_AUTHENTICATION");
    await make("ACTIVE", false);
    await make("DISABLED");
    expect(await getInstanceCounts(workspace.id)).toEqual({ total: 6, active: 2, needingAttention: 2, disabled: 2 });

    const empty = await db.workspace.create({ data: { name: `overview-${randomUUID()}` } });
    expect(await getInstanceCounts(empty.id)).toEqual({ total: 0, active: 0, needingAttention: 0, disabled: 0 });
  });
});
