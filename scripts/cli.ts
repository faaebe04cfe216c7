// `npm run cli -- <command>`: automation without the browser. Works whether or not the hub is
// running: with the embedded default it reaches the same database under ./data/.
import "dotenv/config";
import { parseArgs } from "node:util";
import { prepareDatabase } from "@/lib/setup/bootstrap";
import { ensureWorkspace, upsertUser, DEMO_WORKSPACE } from "@/lib/setup/seed";
import { createApiToken } from "@/lib/auth/api-tokens";
import { systemActor } from "@/lib/auth/actor";
import { ROLES, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

const USAGE = `Usage:
  npm run cli -- token:create --role admin|operator|viewer [--workspace Demo] [--name ci]
      Prints the new API token alone on the last line (it is shown only once).
  npm run cli -- user:create --email you@example.com --password '…' --role admin|operator|viewer [--workspace Demo]
      Creates the user (or resets the password) and makes them a member with that role.`;

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function role(value: string | undefined): Role {
  if (!value || !(ROLES as readonly string[]).includes(value)) fail(`--role must be one of: ${ROLES.join(", ")}`);
  return value as Role;
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    role: { type: "string" },
    workspace: { type: "string" },
    name: { type: "string" },
    email: { type: "string" },
    password: { type: "string" },
  },
  strict: true,
});
if (!command || command === "help" || command === "--help") {
  console.log(USAGE);
  process.exit(0);
}
if (!["token:create", "user:create"].includes(command)) fail(`Unknown command: ${command}`);

const database = await prepareDatabase((line) => console.error(`[patchbay] ${line}`));
try {
  const workspace = await ensureWorkspace(values.workspace ?? DEMO_WORKSPACE);
  if (command === "token:create") {
    const created = await createApiToken(
      systemActor(workspace.id, "cli"),
      { name: values.name ?? "cli", role: role(values.role) },
    );
    console.log(`Created API token "${created.name}" (${created.role}) in workspace ${workspace.name}. It is shown only once:`);
    console.log(created.token);
  } else {
    if (!values.email || !values.password) fail("user:create needs --email and --password");
    if (values.password.length < 8) fail("The password must have at least 8 characters");
    const user = await upsertUser({ email: values.email, password: values.password, role: role(values.role), workspaceId: workspace.id });
    console.log(`User ${user.email} is ${values.role} in workspace ${workspace.name}.`);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
