"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { ROLES } from "@/lib/auth/roles";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { addMember, changeMemberRole, removeMember, renameWorkspace } from "@/lib/workspaces/members";

const role = z.enum(ROLES, { message: "Choose a role" });

export const createApiTokenAction = defineAction(
  "admin",
  z.object({ name: z.string().trim().min(1, "Give the token a name").max(80, "At most 80 characters"), role }),
  async (input, actor) => {
    const created = await createApiToken(actor, input);
    revalidatePath("/settings");
    return { token: created.token, name: created.name };
  },
);

export const revokeApiTokenAction = defineAction("admin", z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
  await revokeApiToken(actor, id);
  revalidatePath("/settings");
  return null;
});

export const addMemberAction = defineAction(
  "admin",
  z.object({
    email: z.string().trim().email("Enter a valid e-mail address"),
    role,
    password: z.union([z.literal(""), z.string().min(8, "At least 8 characters")]).optional(),
  }),
  async (input, actor) => {
    await addMember(actor, { ...input, password: input.password || undefined });
    revalidatePath("/settings");
    return null;
  },
);

export const changeMemberRoleAction = defineAction("admin", z.object({ id: z.string().min(1), role }), async (input, actor) => {
  await changeMemberRole(actor, input.id, input.role);
  revalidatePath("/settings");
  return null;
});

export const removeMemberAction = defineAction("admin", z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
  await removeMember(actor, id);
  revalidatePath("/settings");
  return null;
});

export const renameWorkspaceAction = defineAction(
  "admin",
  z.object({ name: z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters") }),
  async ({ name }, actor) => {
    await renameWorkspace(actor, name);
    revalidatePath("/", "layout");
    return null;
  },
);
