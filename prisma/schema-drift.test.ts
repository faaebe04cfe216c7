import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("match prisma/schema.prisma: the schema never drifts from the committed migrations", () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join("node_modules", "prisma", "build", "index.js"),
        "migrate", "diff",
        "--from-migrations", path.join("prisma", "migrations"),
        "--to-schema-datamodel", path.join("prisma", "schema.prisma"),
        "--exit-code",
      ],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          CHECKPOINT_DISABLE: "1",
          NODE_OPTIONS: `--require ${path.join(process.cwd(), "scripts", "unref-long-timers.cjs")}`,
        },
      },
    );
    // Exit code 0: no difference; 2: the schema has changes no migration carries (run npm run db:migration:new).
    expect(result.stdout + result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
  }, 60_000);
});
