// Preloaded into the Prisma CLI (NODE_OPTIONS=--require): Prisma 6.19's wasm engine leaves 10–60 s
// timers armed after migrate/db push finish, which keeps the process alive. Unref'ing long timers
// lets the CLI exit as soon as its work is done.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = original(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
