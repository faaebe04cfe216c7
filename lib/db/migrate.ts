// Applies committed migrations with the Prisma CLI (prisma.config.ts carries the adapter shim).
import { spawn } from "node:child_process";
import path from "node:path";

export async function migrateDeploy(databaseUrl: string, cwd = process.cwd()): Promise<void> {
  const preload = path.join(cwd, "scripts", "unref-long-timers.cjs");
  const prismaBin = path.join(cwd, "node_modules", "prisma", "build", "index.js");
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const child = spawn(process.execPath, [prismaBin, "migrate", "deploy"], {
      cwd,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`)),
    );
  });
}
