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
        // No source maps of the service worker either: the build publishes nothing but what the app runs.
        sourcemap: false,
      },
    }),
  ],
  resolve: { conditions: ["@spotter/source"] },
  // No source maps in the production build: everything in dist is served publicly, and the maps would hand out the
  // original source. Debug with `vite dev`, which has them.
  build: { outDir: "dist", sourcemap: false },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
