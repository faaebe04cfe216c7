// Acme's contacts API over SandboxContact rows; the account is the OAuth client id.
import { z } from "zod";
import { db, Prisma } from "@/lib/db/client";
import type { SandboxContact } from "@/lib/generated/prisma/client";
import { authenticateApi } from "./api-auth";
import { claimOnce } from "./grants";
import { jsonResponse } from "./http";

const DEMO_CONTACTS = [
  { firstName: "Ada", lastName: "Lovelace", email: "ada@analytical.example", phone: "+44 20 7946 0001", organization: "Analytical Engines Ltd", jobTitle: "Chief Mathematician" },
  { firstName: "Grace", lastName: "Hopper", email: "grace@cobol.example", phone: "+1 202 555 0143", organization: "Compiler Corp", jobTitle: "Rear Admiral of Code" },
  { firstName: "Alan", lastName: "Turing", email: "alan@bletchley.example", phone: null, organization: "Bletchley Works", jobTitle: "Research Lead" },
];

const contactInputSchema = z.object({
  contact: z.object({
    first_name: z.string().trim().min(1).max(100),
    last_name: z.string().trim().min(1).max(100),
    email_address: z.email().max(200),
    phone_number: z.string().max(50).nullish(),
    organization: z.string().max(200).nullish(),
    job_title: z.string().max(200).nullish(),
  }),
});

function fields(contact: SandboxContact) {
  return {
    first_name: contact.firstName,
    last_name: contact.lastName,
    email_address: contact.email,
    phone_number: contact.phone,
    organization: contact.organization,
    job_title: contact.jobTitle,
  };
}

export function contactJson(contact: SandboxContact) {
  return { id: contact.id, ...fields(contact), updated_at: contact.updatedAt.toISOString(), created_at: contact.createdAt.toISOString() };
}

async function seedAccount(account: string) {
  if (await claimOnce(`contacts-seeded:${account}`)) {
    await db.sandboxContact.createMany({ data: DEMO_CONTACTS.map((c) => ({ ...c, account })) });
  }
}

export async function listContactsEndpoint(request: Request): Promise<Response> {
  const caller = await authenticateApi(request, "contacts.read");
  if (caller instanceof Response) return caller;
  await seedAccount(caller.account);
  const params = new URL(request.url).searchParams;
  const limit = Math.min(Math.max(Number(params.get("limit")) || 25, 1), 100);
  const where: Prisma.SandboxContactWhereInput = { account: caller.account };
  const since = params.get("updatedSince");
  if (since) {
    const date = new Date(since);
    if (Number.isNaN(date.getTime())) return jsonResponse({ error: "invalid_request", error_description: "updatedSince must be an ISO date-time" }, 400);
    where.updatedAt = { gte: date };
  }
  const search = params.get("search")?.trim();
  if (search) {
    where.OR = ["firstName", "lastName", "email", "organization"].map((field) => ({ [field]: { contains: search, mode: "insensitive" } }));
  }
  const [rows, total] = await Promise.all([
    db.sandboxContact.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: limit }),
    db.sandboxContact.count({ where }),
  ]);
  return jsonResponse({ contacts: rows.map(contactJson), total });
}

export async function getContactEndpoint(request: Request, id: string): Promise<Response> {
  const caller = await authenticateApi(request, "contacts.read");
  if (caller instanceof Response) return caller;
  await seedAccount(caller.account);
  const contact = await db.sandboxContact.findFirst({ where: { id, account: caller.account } });
  if (!contact) return jsonResponse({ error: "not_found", error_description: `No contact ${id}` }, 404);
  return jsonResponse(contactJson(contact));
}

export async function createContactEndpoint(request: Request): Promise<Response> {
  const caller = await authenticateApi(request, "contacts.write");
  if (caller instanceof Response) return caller;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonResponse({ error: "invalid_request", error_description: "The body must be JSON" }, 400);
  }
  const parsed = contactInputSchema.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
    return jsonResponse({ error: "invalid_contact", error_description: "The contact is not valid", details }, 422);
  }
  const input = parsed.data.contact;
  const contact = await db.sandboxContact.create({
    data: {
      account: caller.account,
      firstName: input.first_name,
      lastName: input.last_name,
      email: input.email_address,
      phone: input.phone_number ?? null,
      organization: input.organization ?? null,
      jobTitle: input.job_title ?? null,
    },
  });
  return jsonResponse({ contact_id: contact.id, contact: fields(contact), created_at: contact.createdAt.toISOString() }, 201);
}
