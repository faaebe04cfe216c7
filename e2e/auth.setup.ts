import { expect, test as setup } from "@playwright/test";
import { ADMIN, OPERATOR, VIEWER } from "./fixtures";

for (const [name, account] of [["admin", ADMIN], ["viewer", VIEWER], ["operator", OPERATOR]] as const) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await page.context().storageState({ path: `e2e/.auth/${name}.json` });
  });
}
