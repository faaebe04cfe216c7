import { expect, type Page } from "@playwright/test";

/** Creates an API token through Settings (as an admin would) and returns the raw token. */
export async function createTokenInUi(page: Page, name: string, role: "admin" | "operator" | "viewer" = "operator"): Promise<string> {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Role").selectOption(role);
  await dialog.getByRole("button", { name: "Create token" }).click();
  const tokenField = dialog.getByLabel("New API token");
  await expect(tokenField).toBeVisible();
  const token = await tokenField.inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  return token;
}
