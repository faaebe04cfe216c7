import "server-only";
import type { z } from "zod";
import { describeError } from "@/lib/api/responses";
import type { FieldIssue } from "@/lib/errors";
import { zodIssues } from "@/lib/errors";
import type { Actor } from "./actor";
import { requireMember } from "./guard";
import type { Role } from "./roles";

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: string; error: string; fieldErrors?: FieldIssue[] };

/**
 * The one wrapper for server actions (each is a public POST endpoint): checks the session and role,
 * validates the input with zod, runs the lib function and returns every field's message on failure.
 */
export function defineAction<S extends z.ZodType, T>(
  needed: Role,
  schema: S,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const actor = await requireMember(needed);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, code: "VALIDATION_ERROR", error: "Check the highlighted fields.", fieldErrors: zodIssues(parsed.error) };
      }
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (error) {
      const { body } = describeError(error);
      const issues = (body.details as { issues?: FieldIssue[] } | undefined)?.issues;
      return { ok: false, code: body.code, error: body.message, ...(issues ? { fieldErrors: issues } : {}) };
    }
  };
}
