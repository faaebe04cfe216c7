// Shared steps of the Acme CRM specs: a fresh instance through the UI and the OAuth2 round trip.
import { expect, type Page } from "@playwright/test";

export const ACME_SECRET = "acme-demo-secret";
/** Access and refresh tokens the sandbox issues (lib/connections/sandbox/grants.ts). */
export const ACME_TOKEN = /acme_(?:at|rt|code)_[A-Za-z0-9_-]{16,}/;

/** Adds an Acme CRM instance with the demo client and the defaults; returns its id. */
export async function createAcmeInstance(page: Page, name: string): Promise<string> {
  await page.goto("/integrations");
  await page.getByRole("link", { name: "Add Acme CRM" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Add Acme CRM/ })).toBeVisible();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Client secret").fill(ACME_SECRET);
  await page.getByRole("button", { name: "Add integration" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const id = /\/integrations\/([^/?]+)/.exec(page.url())?.[1];
  if (!id || id === "new") throw new Error(`no instance id in ${page.url()}`);
  return id;
}

export function connectionCard(page: Page) {
  return page.getByRole("tabpanel", { name: "Connection" });
}

/** Connection tab → Connect → the consent page → Approve or Deny → back on the instance page. */
export async function connectAcme(page: Page, id: string, decision: "Approve" | "Deny" = "Approve") {
  await page.goto(`/integrations/${id}?tab=connection`);
  await connectionCard(page).getByRole("button", { name: /^(Connect|Reconnect)$/ }).click();
  await expect(page).toHaveURL(/\/sandbox\/acme\/oauth\/authorize/);
  await page.getByRole("button", { name: decision }).click();
  await expect(page).toHaveURL(new RegExp(`/integrations/${id}`));
}

export async function createConnectedAcme(page: Page, name: string): Promise<string> {
  const id = await createAcmeInstance(page, name);
  await connectAcme(page, id);
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  return id;
}

/** A sonner toast with this text (the toaster is a region named "Notifications …"). */
export function toast(page: Page, text: string | RegExp) {
  return page.getByRole("region", { name: /Notifications/ }).getByText(text, typeof text === "string" ? { exact: true } : undefined);
}
