import path from "node:path";

/** Folder for the embedded database, generated keys and other local state (`./data` by default). */
export function dataDir(): string {
  return path.resolve(process.env.PATCHBAY_DATA_DIR ?? path.join(process.cwd(), "data"));
}
