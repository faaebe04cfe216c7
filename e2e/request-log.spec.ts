import { expect, test } from "@playwright/test";

const TABLE = "Integration requests, newest first";

test("the request log shows rows or says how to get the first one, and keeps its filters in the URL", async ({ page }) => {
  await page.goto("/requests");
  await expect(page.getByRole("heading", { level: 1, name: "Request log" })).toBeVisible();
  const table = page.getByRole("table", { name: TABLE });
  await expect(table.or(page.getByRole("heading", { name: "No requests yet" }))).toBeVisible();

  // A status filter goes into the URL; the result is rows of that status or the "no match" state.
  await page.getByLabel("Status", { exact: true }).selectOption("Failed");
  await expect(page).toHaveURL(/[?&]status=Failed/);
  const noMatch = page.getByRole("heading", { name: "No requests match these filters" });
  await expect(table.or(noMatch)).toBeVisible();
  if (await table.isVisible()) {
    const statuses = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(statuses.every((text) => text.includes("Failed"))).toBe(true);
  }

  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("");
});

test("a search that matches nothing says so, and Clear filters brings every request back", async ({ page }) => {
  await page.goto("/requests");
  await page.getByLabel("Search requests").fill("zz-no-request-has-this-zz");
  await expect(page).toHaveURL(/[?&]q=zz-no-request-has-this-zz/);
  await expect(page.getByRole("heading", { name: "No requests match these filters" })).toBeVisible();

  await page.getByRole("button", { name: "Clear filters", exact: true }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByLabel("Search requests")).toHaveValue("");
  await expect(page.getByRole("table", { name: TABLE }).or(page.getByRole("heading", { name: "No requests yet" }))).toBeVisible();
});

test("a row opens its details with every field in plain labels", async ({ page }) => {
  await page.goto("/requests");
  const table = page.getByRole("table", { name: TABLE });
  await expect(table.or(page.getByRole("heading", { name: "No requests yet" }))).toBeVisible();
  test.skip(!(await table.isVisible()), "no request has been logged in this database yet");

  await table.locator("tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  for (const label of ["Service", "Status", "URL", "HTTP", "Duration", "Attempt", "Reference", "Created", "Modified"]) {
    await expect(page.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Request headers" })).toBeVisible();
  await page.getByRole("link", { name: "Request log" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Request log" })).toBeVisible();
});

test("the Overview shows health per service or how to start", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Health per service" }).or(page.getByRole("heading", { name: "No integrations yet" })),
  ).toBeVisible();
});
