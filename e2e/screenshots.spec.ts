// Full-page screenshots of every screen for a visual review: `SCREENSHOTS=1 npm run test:e2e -- e2e/screenshots.spec.ts`.
// They go to screenshots/ (gitignored). Best run on its own, so the first Overview is still empty.
import { expect, test, type Page } from "@playwright/test";
import { createAcmeInstance, connectionCard, toast } from "./acme-helpers";
import { ADMIN } from "./fixtures";

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take the screenshots");
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 800 } });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true, animations: "disabled" });
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your e-mail")).toBeVisible();
    await shot(page, "01-sign-in-errors");
    await page.getByLabel("E-mail").fill(ADMIN.email);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
    await shot(page, "02-sign-in-wrong-password");
  });
});

test("every screen of the hub", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await shot(page, "03-overview-before-requests");

  await page.goto("/integrations");
  await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
  await shot(page, "04-integrations");

  await page.getByRole("button", { name: "Import definition" }).click();
  const importDialog = page.getByRole("dialog");
  await importDialog.getByRole("textbox").first().fill('{ "name": "Broken", "version": "one", "methods": [ { "name": 3 } ] }');
  await importDialog.getByRole("button", { name: "Import" }).click();
  await expect(importDialog.getByRole("alert").first()).toBeVisible();
  await shot(page, "05-import-dialog-errors");
  await page.keyboard.press("Escape");

  await page.getByRole("link", { name: "Add Acme CRM" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("");
  await page.getByRole("button", { name: "Add integration" }).click();
  await expect(page.getByText(/Please correct/)).toBeVisible();
  await shot(page, "06-new-instance-errors");

  const id = await createAcmeInstance(page, "Acme CRM (screenshots)");
  await page.goto(`/integrations/${id}?tab=connection`);
  await shot(page, "07-instance-connection-not-connected");
  await connectionCard(page).getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
  await shot(page, "08-consent-page");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(toast(page, "Connected")).toBeVisible();
  await shot(page, "09-instance-connection-connected");

  const tab = page.getByRole("tabpanel", { name: "Methods" });
  await page.goto(`/integrations/${id}?tab=methods`);
  await tab.getByRole("button", { name: "Run listContacts" }).click();
  await expect(tab.getByText("listContacts returned:")).toBeVisible();
  await shot(page, "10-instance-methods-result");
  await tab.getByLabel("Method", { exact: true }).selectOption("createContact");
  await tab.getByRole("button", { name: "Run createContact" }).click();
  await expect(tab.getByText(/Please correct/)).toBeVisible();
  await shot(page, "11-instance-methods-field-errors");
  await tab.getByLabel("Method", { exact: true }).selectOption("flakyEcho");
  await tab.getByRole("spinbutton", { name: /Fail times/ }).fill("5");
  await tab.getByRole("button", { name: "Run flakyEcho" }).click();
  await expect(tab.getByText("Error code")).toBeVisible({ timeout: 30_000 });
  await shot(page, "12-instance-methods-failed");
  await tab.getByRole("link", { name: "4", exact: true }).click();
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  await shot(page, "15-request-detail-failed");
  await page.goto(`/integrations/${id}?tab=methods`);
  await tab.getByLabel("Method", { exact: true }).selectOption("flakyEcho");
  await tab.getByRole("spinbutton", { name: /Fail times/ }).fill("2");
  await tab.getByRole("button", { name: "Run flakyEcho" }).click();
  await expect(tab.getByText("flakyEcho returned:")).toBeVisible({ timeout: 30_000 });

  for (const name of ["settings", "runs", "requests", "events"]) {
    await page.goto(`/integrations/${id}?tab=${name}`);
    await expect(page.getByRole("tab", { name: new RegExp(name === "requests" ? "Request log" : name, "i") })).toHaveAttribute("aria-selected", "true");
    await shot(page, `13-instance-${name}`);
  }

  await page.goto("/requests");
  await expect(page.getByRole("table", { name: "Integration requests, newest first" })).toBeVisible();
  await shot(page, "14-request-log");

  await page.goto("/");
  await shot(page, "16-overview-with-data");
  await page.goto("/events");
  await shot(page, "17-events");
  await page.goto("/runs");
  await shot(page, "18-runs");
  await page.goto("/settings");
  await shot(page, "19-settings");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("screenshot token");
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog.getByLabel("New API token")).toBeVisible();
  await shot(page, "20-token-created");
});

test.describe("as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });
  test("refused settings", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await shot(page, "21-viewer-settings-refused");
  });
});
