import { expect, test } from "@playwright/test";
import { connectAcme, connectionCard, createAcmeInstance, toast } from "./acme-helpers";

test("Connect, approve at Acme, see the granted scopes and expiry, then disconnect", async ({ page }) => {
  const name = `Acme connect ${Date.now()}`;
  const id = await createAcmeInstance(page, name);

  await page.goto(`/integrations/${id}?tab=connection`);
  const card = connectionCard(page);
  await expect(card.getByText("Not connected")).toBeVisible();
  await expect(page.getByText("Needs connecting", { exact: true })).toBeVisible();
  // The callback URL to register with the provider, with a copy button.
  await expect(card.getByText("Callback URL")).toBeVisible();
  await expect(card.getByText(/\/oauth\/callback$/)).toBeVisible();
  await expect(card.getByRole("button", { name: "Copy the callback URL" })).toBeVisible();

  await card.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page).toHaveURL(/\/sandbox\/acme\/oauth\/authorize/);
  await expect(page.getByRole("heading", { name: "Acme CRM" })).toBeVisible();
  await expect(page.getByText("acme-demo-client wants to access your Acme contacts.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "contacts.read" })).toContainText("See your contacts and their details");
  await expect(page.getByRole("listitem").filter({ hasText: "contacts.write" })).toContainText("Create and change contacts");
  await page.getByRole("button", { name: "Approve" }).click();

  await expect(page).toHaveURL(new RegExp(`/integrations/${id}\\?tab=connection$`));
  await expect(toast(page, "Connected")).toBeVisible(); // the toast
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await expect(card.getByText("Connected", { exact: true })).toBeVisible();
  await expect(card.getByText("Granted scopes")).toBeVisible();
  await expect(card.getByText("contacts.read", { exact: true })).toBeVisible();
  await expect(card.getByText("contacts.write", { exact: true })).toBeVisible();
  await expect(card.getByText(/^Access token expires in \d+ minutes?/)).toBeVisible();
  await expect(card.getByRole("button", { name: "Reconnect" })).toBeVisible();

  // The connection was stored: a reload shows the same.
  await page.reload();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await expect(card.getByText("contacts.write", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "Disconnect" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Disconnect this account?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Disconnect" }).click();
  await expect(toast(page, "Disconnected")).toBeVisible();
  await expect(card.getByText("Not connected")).toBeVisible();
  await expect(card.getByRole("button", { name: "Connect", exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Disconnect" })).toHaveCount(0);
  await expect(card.getByText("Granted scopes")).toHaveCount(0);
  await page.reload();
  await expect(connectionCard(page).getByText("Not connected")).toBeVisible();
});

test("Deny at Acme marks the connection Failed with the reason in plain words and offers Reconnect", async ({ page }) => {
  const id = await createAcmeInstance(page, `Acme deny ${Date.now()}`);
  await connectAcme(page, id, "Deny");

  const card = connectionCard(page);
  await expect(toast(page, /denied access/)).toBeVisible(); // the toast
  await expect(page.getByText("Failed", { exact: true }).first()).toBeVisible();
  await expect(card.getByRole("alert")).toContainText("The account owner denied access");
  await expect(card.getByRole("button", { name: "Reconnect" })).toBeVisible();

  // Reconnect and approve this time: the failure is gone.
  await connectAcme(page, id, "Approve");
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await expect(card.getByRole("alert")).toHaveCount(0);
});
