// Seed 001's "CRM Integration with Transformation" example: the definition as shipped in the
// catalog (byte-for-byte the seed), and the inputs and outputs the seed prints.
import { getBuiltinDefinition } from "@/lib/definitions/catalog";
import type { IntegrationDefinition, IntegrationMethod } from "@/lib/definitions/format";

export function seedCrmDefinition(): IntegrationDefinition {
  const builtin = getBuiltinDefinition("crm-integration-with-transformation");
  if (!builtin) throw new Error("the catalog has no seed 001 CRM definition");
  return builtin.definition;
}

export function seedCrmCreateContact(): IntegrationMethod {
  const method = seedCrmDefinition().methods.find((m) => m.name === "createContact");
  if (!method) throw new Error("the seed 001 CRM definition has no createContact");
  return method;
}

/** The seed's `parameters` of the createContact call. */
export const SEED_CRM_PARAMETERS = {
  firstName: "Jane",
  lastName: "Smith",
  email: "jane.smith@example.com",
  phone: "+1-555-123-4567",
  company: "Acme Inc.",
  title: "Product Manager",
};

/** What the seed's request transform makes of those parameters: the body the CRM receives. */
export const SEED_CRM_REQUEST_BODY = {
  contact: {
    first_name: "Jane",
    last_name: "Smith",
    email_address: "jane.smith@example.com",
    phone_number: "+1-555-123-4567",
    organization: "Acme Inc.",
    job_title: "Product Manager",
    custom_fields: { source: "integration_service" },
  },
};

/** The seed's "Response (After Transformation)" data. */
export const SEED_CRM_RESULT = {
  id: "cont_12345",
  fullName: "Jane Smith",
  email: "jane.smith@example.com",
  createdAt: "2023-09-15T10:30:00Z",
};
