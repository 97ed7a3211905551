import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["@spotter/source"] },
  build: { outDir: "dist", sourcemap: true },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
