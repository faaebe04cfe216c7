// Whether a Next.js build folder is older than the sources it was built from.
import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "lib", "components", "hooks", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".git"]);
const MAX_FILES = 50_000;

/** The newest modification time under the given folders and files (bounded walk). */
export function newestSourceMtime(root = process.cwd()): number {
  let newest = 0;
  let seen = 0;
  const visit = (entry: string) => {
    if (seen++ > MAX_FILES) return;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) if (!SKIP.has(name)) visit(path.join(entry, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const name of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(root, name));
  return newest;
}

export function buildIsStale(distDir: string, root = process.cwd()): boolean {
  const marker = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(marker)) return true;
  return fs.statSync(marker).mtimeMs < newestSourceMtime(root);
}
