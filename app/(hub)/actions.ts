"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { WORKSPACE_COOKIE } from "@/lib/auth/workspace-cookie";
import { db } from "@/lib/db/client";
import { PermissionError } from "@/lib/errors";
import { createWorkspace } from "@/lib/workspaces/members";

export const switchWorkspaceAction = defineAction("viewer", z.string().min(1), async (workspaceId, actor) => {
  const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: actor.userId ?? "" } } });
  if (!membership) throw new PermissionError("You are not a member of that workspace.");
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, { httpOnly: true, sameSite: "lax", path: "/" });
  revalidatePath("/", "layout");
  return null;
});

export const createWorkspaceAction = defineAction(
  "admin",
  z.object({ name: z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters") }),
  async ({ name }, actor) => {
    const workspace = await createWorkspace(actor, name);
    (await cookies()).set(WORKSPACE_COOKIE, workspace.id, { httpOnly: true, sameSite: "lax", path: "/" });
    revalidatePath("/", "layout");
    return { id: workspace.id, name: workspace.name };
  },
);
