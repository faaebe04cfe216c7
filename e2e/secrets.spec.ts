import { expect, test, type Page } from "@playwright/test";
import { ACME_SECRET, ACME_TOKEN, createConnectedAcme } from "./acme-helpers";
import { createTokenInUi } from "./api-token";

const TABS = ["settings", "connection", "methods", "runs", "requests", "events"];

function expectNoSecrets(where: string, text: string, marker: string) {
  expect(text, `${where} shows the Acme client secret`).not.toContain(ACME_SECRET);
  expect(text, `${where} shows the CRM API key`).not.toContain(marker);
  expect(text.match(ACME_TOKEN)?.[0], `${where} shows an Acme token`).toBeUndefined();
}

async function runMethod(page: Page, id: string, method: string, fill: Record<string, string> = {}) {
  await page.goto(`/integrations/${id}?tab=methods`);
  const tab = page.getByRole("tabpanel", { name: "Methods" });
  await tab.getByLabel("Method", { exact: true }).selectOption(method);
  for (const [label, value] of Object.entries(fill)) await tab.getByRole("textbox", { name: label }).fill(value);
  await tab.getByRole("button", { name: `Run ${method}` }).click();
  await expect(tab.getByText(`${method} returned:`).or(tab.getByRole("alert").filter({ hasText: "Error code" }))).toBeVisible({ timeout: 30_000 });
}

test("no page and no API answer contains a client secret, an API key or an access token", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const marker = `sk-marker-${stamp}-do-not-show`;

  // A connected Acme instance with logged requests.
  const acmeId = await createConnectedAcme(page, `Acme secrets ${stamp}`);
  await runMethod(page, acmeId, "listContacts");

  // A CRM instance whose API key is the marker; its (failing) call is logged too.
  const crmName = `CRM secrets ${stamp}`;
  await page.goto("/integrations");
  await page.getByRole("link", { name: "Add CRM Integration with Transformation" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(crmName);
  await page.getByLabel("Base URL").fill("http://127.0.0.1:9/crm");
  await page.getByLabel("API key").fill(marker);
  await page.getByRole("button", { name: "Add integration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: crmName })).toBeVisible();
  const crmId = /\/integrations\/([^/?]+)/.exec(page.url())![1];
  await runMethod(page, crmId, "createContact", { "First name (required)": "Ada", "Last name (required)": "Lovelace", "Email (required)": "ada@e2e.example" });

  // An API token, created through the Settings page.
  const token = await createTokenInUi(page, `secrets scan ${stamp}`, "viewer");
  expect(token).toMatch(/^pbk_/);
  const headers = { authorization: `Bearer ${token}` };

  async function api(path: string): Promise<unknown> {
    const response = await request.get(path, { headers });
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    expectNoSecrets(path, text, marker);
    return JSON.parse(text);
  }

  const requests = (await api(`/api/v1/integration-requests?limit=100`)) as { data: { id: string; integrationInstanceId?: string }[] };
  const logged = JSON.stringify(requests);
  expect(logged).toContain(acmeId);
  expect(logged).toContain(crmId);
  const requestIds = requests.data.slice(0, 10).map((row) => row.id);
  expect(requestIds.length).toBeGreaterThan(1);

  await api("/api/v1/integration-instances");
  await api("/api/v1/integration-definitions");
  for (const id of [acmeId, crmId]) {
    await api(`/api/v1/integration-instances/${id}`);
    await api(`/api/v1/integration-instances/${id}/connection`);
    await api(`/api/v1/integration-instances/${id}/methods`);
  }
  const acmeConnection = JSON.stringify(await api(`/api/v1/integration-instances/${acmeId}/connection`));
  expect(acmeConnection).toContain("contacts.read"); // connected, and the token itself is not in it
  for (const id of requestIds) await api(`/api/v1/integration-requests/${id}`);

  const pages = [
    "/",
    "/integrations",
    "/requests",
    "/events",
    "/runs",
    "/settings",
    ...[acmeId, crmId].flatMap((id) => TABS.map((tab) => `/integrations/${id}?tab=${tab}`)),
    ...requestIds.map((id) => `/requests/${id}`),
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expectNoSecrets(path, await page.content(), marker);
  }
  // The settings forms ask for the secrets again but never show them.
  await page.goto(`/integrations/${acmeId}?tab=settings`);
  await expect(page.getByLabel("Client secret")).toHaveValue("");
  await page.goto(`/integrations/${crmId}?tab=settings`);
  await expect(page.getByLabel("API key")).toHaveValue("");
});
