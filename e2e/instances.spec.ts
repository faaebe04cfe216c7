import { expect, test } from "@playwright/test";

const SECRET = "sk-e2e-secret-123";

test("add an instance through the generated form, fix its errors, and edit it without retyping the secret", async ({ page }) => {
  const name = `CRM e2e ${Date.now()}`;
  await page.goto("/integrations");
  await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
  await page.getByRole("link", { name: "Add CRM Integration with Transformation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Add CRM Integration with Transformation/ })).toBeVisible();

  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Add integration" }).click();
  // Required settings are flagged next to their fields (linked with aria-describedby).
  await expect(page.getByLabel("Base URL")).toHaveAccessibleDescription(/Required/);
  await expect(page.getByLabel("API key")).toHaveAccessibleDescription(/Required/);
  await expect(page).toHaveURL(/\/integrations\/new/);

  await page.getByLabel("Base URL").fill("http://127.0.0.1:9/crm");
  await page.getByLabel("API key").fill(SECRET);
  await page.getByRole("button", { name: "Add integration" }).click();
  await expect(page.getByText(`"${name}" added`)).toBeVisible();
  await expect(page).toHaveURL(/\/integrations\/(?!new)[^/?]+/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(page.getByLabel("API key")).toHaveValue("");
  const renamed = `${name} renamed`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByLabel("API key")).toHaveAttribute("placeholder", "Leave blank to keep the current value");
  await expect(page.getByText("Set", { exact: true })).toBeVisible();
  expect(await page.content()).not.toContain(SECRET);
});
