import { expect, test, type Page } from "@playwright/test";
import { connectionCard, createConnectedAcme, toast } from "./acme-helpers";

function methodsTab(page: Page) {
  return page.getByRole("tabpanel", { name: "Methods" });
}

async function openMethod(page: Page, id: string, method: string) {
  await page.goto(`/integrations/${id}?tab=methods`);
  await methodsTab(page).getByLabel("Method", { exact: true }).selectOption(method);
  await expect(methodsTab(page).getByRole("button", { name: `Run ${method}` })).toBeVisible();
}

test("run Acme methods from the Methods tab: list, create with field errors, and test the connection", async ({ page }) => {
  const id = await createConnectedAcme(page, `Acme methods ${Date.now()}`);
  const tab = methodsTab(page);

  await openMethod(page, id, "listContacts");
  await tab.getByRole("button", { name: "Run listContacts" }).click();
  const listResult = tab.getByText("listContacts returned:").locator("..").locator("..");
  await expect(tab.getByText("Succeeded", { exact: true })).toBeVisible();
  await expect(listResult).toContainText('"contacts": [');
  await expect(listResult).toContainText("ada@analytical.example");
  await expect(listResult).toContainText("1 attempt");

  await openMethod(page, id, "createContact");
  await tab.getByRole("button", { name: "Run createContact" }).click();
  for (const label of ["First name", "Last name", "Email"]) {
    const field = tab.getByRole("textbox", { name: `${label} (required)` });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/Required/);
  }
  const summary = tab.getByRole("alert").filter({ hasText: "Please correct 3 fields." });
  await expect(summary.getByRole("link", { name: "First name", exact: true })).toBeVisible(); // the label, not "firstName"
  await expect(tab.getByText("createContact returned:")).toHaveCount(0);

  const email = `grace-${Date.now()}@e2e.example`;
  await tab.getByRole("textbox", { name: "First name (required)" }).fill("Grace");
  await tab.getByRole("textbox", { name: "Last name (required)" }).fill("Hopper");
  await tab.getByRole("textbox", { name: "Email (required)" }).fill(email);
  await tab.getByRole("button", { name: "Run createContact" }).click();
  await expect(tab.getByText("createContact returned:")).toBeVisible();
  const created = tab.getByText("createContact returned:").locator("..").locator("..");
  await expect(created).toContainText('"fullName": "Grace Hopper"');
  await expect(created).toContainText(email);

  // The new contact is now at Acme: listContacts finds it.
  await openMethod(page, id, "listContacts");
  await tab.getByLabel("Search", { exact: true }).fill(email);
  await tab.getByRole("button", { name: "Run listContacts" }).click();
  await expect(tab.getByText("listContacts returned:").locator("..").locator("..")).toContainText('"total": 1');

  await page.goto(`/integrations/${id}?tab=connection`);
  await connectionCard(page).getByRole("button", { name: "Test connection" }).click();
  await expect(toast(page, "The connection works")).toBeVisible();
});

test("flakyEcho succeeds after retries, every attempt is in the request log, and a failed request can be retried", async ({ page }) => {
  const id = await createConnectedAcme(page, `Acme flaky ${Date.now()}`);
  const tab = methodsTab(page);

  await openMethod(page, id, "flakyEcho");
  await tab.getByLabel("Fail times").fill("2");
  await tab.getByLabel("Message").fill("third time lucky");
  await tab.getByRole("button", { name: "Run flakyEcho" }).click();
  const ok = tab.getByText("flakyEcho returned:").locator("..").locator("..");
  await expect(ok).toContainText('"message": "third time lucky"', { timeout: 30_000 });
  await expect(ok).toContainText("3 attempts");
  await ok.getByRole("link", { name: "View in request log" }).click();

  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  const attempt = page.getByRole("definition").filter({ hasText: /^1 of 3/ });
  await expect(attempt).toBeVisible();
  await expect(attempt).toContainText("Next: Attempt 2 · Failed");
  await expect(attempt).toContainText("Next: Attempt 3 · Completed");
  // Attempt 1 failed but was already retried automatically: no Retry button here.
  await expect(page.getByRole("button", { name: "Retry" })).toHaveCount(0);
  await attempt.getByRole("link", { name: "all attempts" }).click();
  await expect(page).toHaveURL(/executionId=/);
  const table = page.getByRole("table", { name: "Integration requests, newest first" });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  for (const label of ["1 of 3", "2 of 3", "3 of 3"]) await expect(table.getByRole("cell", { name: label, exact: true })).toBeVisible();

  // More failures than the policy's 4 attempts: a plain-words error, 4 attempts logged.
  await openMethod(page, id, "flakyEcho");
  await tab.getByLabel("Fail times").fill("5");
  await tab.getByRole("button", { name: "Run flakyEcho" }).click();
  const failed = tab.getByRole("alert").filter({ hasText: "Failed" });
  await expect(failed).toContainText("The service is temporarily unavailable; try again shortly.", { timeout: 30_000 });
  await expect(failed).toContainText("4 attempts");
  await failed.getByRole("link", { name: "4", exact: true }).click();

  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  const failedUrl = page.url();
  await expect(page.getByRole("definition").filter({ hasText: /^4 of 4/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Failed/ })).toBeVisible();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(toast(page, /^Retried/)).toBeVisible();
  await expect(page).not.toHaveURL(failedUrl);
  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  // The retry is a new execution (its own attempts, fresh key at Acme): it fails again the same way.
  await expect(page.getByRole("definition").filter({ hasText: /^\d of 4/ })).toBeVisible();

  // The failed row now links to its retry, and the retry's first attempt points back at it.
  await page.goto(failedUrl);
  const retriedAs = page.getByRole("paragraph").filter({ hasText: /^Retried as:/ });
  await expect(retriedAs).toHaveCount(1);
  await retriedAs.getByRole("link", { name: /^Attempt 1 · Failed/ }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^1 of 4/ })).toContainText("Retry of: Attempt 4");
});
