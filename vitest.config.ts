import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the "@spotter/source" export condition;
// it must be set for both the client and the SSR resolver (STACK-NOTES gotcha 4).
const conditions = ["@spotter/source"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/src/**/*.test.tsx",
      "bench/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 20_000,
    // The JSON report feeds the one-line summary that CI reads (scripts/test-summary.mjs).
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    hookTimeout: 30_000,
  },
});
