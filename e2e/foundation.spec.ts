import { expect, test } from "@playwright/test";
import { ADMIN } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("E-mail").fill(ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
    await page.goto("/integrations");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields are flagged next to the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your e-mail")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
  });
});

test("every section of the sidebar opens", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, heading] of [
    ["Integrations", "Integrations"],
    ["Runs", "Runs"],
    ["Request log", "Request log"],
    ["Events", "Events"],
    ["Settings", "Settings"],
    ["Overview", "Overview"],
  ]) {
    await nav.getByRole("link", { name: label, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute("aria-current", "page");
  }
});

test.describe("as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("the admin settings page is refused with a clear message", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText(/Your role is viewer: only admins can manage members/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  });
});

test("an admin creates an API token, sees it once, uses it and revokes it", async ({ page, request }) => {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog.getByText("Give the token a name")).toBeVisible();
  await dialog.getByLabel("Name").fill("e2e script");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const tokenField = dialog.getByLabel("New API token");
  await expect(tokenField).toBeVisible();
  const token = await tokenField.inputValue();
  expect(token).toMatch(/^pbk_/);

  const ok = await request.get("/api/v1/integration-definitions", { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);

  await dialog.getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("row", { name: /e2e script/ });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(row.getByText("revoked")).toBeVisible();
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);

  const refused = await request.get("/api/v1/integration-definitions", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("AUTHENTICATION_ERROR");
});

test.describe("signing out", () => {
  test.use({ storageState: "e2e/.auth/operator.json" });

  test("sign out returns to the sign-in page and ends the session", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/runs");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("an admin creates a workspace, lands in it, and switches back", async ({ page }) => {
  const name = `Team ${Date.now()}`;
  await page.goto("/integrations");
  await page.getByRole("button", { name: /Switch workspace/ }).click();
  await page.getByRole("menuitem", { name: "New workspace…" }).click();
  const dialog = page.getByRole("dialog", { name: "New workspace" });
  await dialog.getByRole("button", { name: "Create workspace" }).click();
  await expect(dialog.getByText("Enter a name")).toBeVisible();
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("button", { name: `Workspace: ${name}. Switch workspace` })).toBeVisible();
  // A fresh workspace has the catalog but none of Demo's integrations.
  await expect(page.getByRole("link", { name: "Acme CRM (demo)" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Catalog" })).toBeVisible();

  await page.getByRole("button", { name: /Switch workspace/ }).click();
  await page.getByRole("menuitem", { name: /^Demo/ }).click();
  await expect(page.getByRole("button", { name: "Workspace: Demo. Switch workspace" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Acme CRM (demo)" })).toBeVisible();
});
