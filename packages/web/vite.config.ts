import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  plugins: [
    react(),
    // The app shell is cached by a service worker so Spotter opens at a gym with no signal; data goes through the
    // API (never cached here) and the live session's own outbox keeps sets logged offline.
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "auto",
      includeAssets: ["icon.svg"],
      manifest: {
        name: "Spotter",
        short_name: "Spotter",
        description: "Train around back pain: daily readiness, safer variants, and steady progress.",
        theme_color: "#1f5f5b",
        background_color: "#f4f1ea",
        display: "standalone",
        start_url: "/",
        icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any maskable" }],
      },
      workbox: {
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/share\//],
        globPatterns: ["**/*.{js,css,html,svg}"],
      },
    }),
  ],
  resolve: { conditions: ["@spotter/source"] },
  build: { outDir: "dist", sourcemap: true },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
