// `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to the embedded database.
import "dotenv/config";
import { prepareDatabase } from "@/lib/setup/bootstrap";

const database = await prepareDatabase((line) => console.log(`[patchbay] ${line}`));
await database.stop();
