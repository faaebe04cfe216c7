// Executor overhead benchmark against a hub that is already running (not a test). To start
// everything in one go instead, use `npm run bench:execute` (scripts/bench/run-execute.ts).
//
//   PATCHBAY_URL=http://localhost:3000 PATCHBAY_TOKEN=pbk_… npx tsx scripts/bench/execute.ts
//
// Create the token with `npm run cli -- token:create --role admin` (embedded database). Every
// request goes to 127.0.0.1/localhost: a local upstream started here, and the local hub.
import { benchN, measureExecute } from "./execute-measure";

const hub = (process.env.PATCHBAY_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const token = process.env.PATCHBAY_TOKEN ?? "";
if (!token) {
  console.error("Set PATCHBAY_TOKEN to an API token (operator or admin): npm run cli -- token:create --role admin");
  process.exit(1);
}

measureExecute({ hub, token, n: benchN() })
  .then((result) => {
    if (result.failures > 0) process.exitCode = 1;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
