import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/** Text files worth compressing; images other than SVG are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/;

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes `<file>.br` and `<file>.gz` next to every text file of the build, so the server sends a compressed copy
 * chosen by the request's Accept-Encoding without compressing anything per request. It runs after the service worker
 * is written (`order: "post"`), so sw.js and the Workbox runtime get their copies too. A copy that would not be
 * smaller is not written.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "spotter-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir.startsWith("/") ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        for (const file of filesUnder(outDir)) {
          if (!COMPRESSIBLE.test(file) || file.includes("/.vite/")) continue;
          const raw = readFileSync(file);
          const br = brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          });
          const gz = gzipSync(raw, { level: 9 });
          if (br.length < raw.length) writeFileSync(`${file}.br`, br);
          if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    // The app shell is cached by a service worker so Spotter opens at a gym with no signal; data goes through the
    // API (never cached here): the answers are kept by lib/persistCache.ts and writes wait in api/outbox.ts.
    // The PNG icons are drawn by scripts/make-icons.mjs (`npm run icons`).
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "auto",
      includeAssets: ["icon.svg", "apple-touch-icon.png"],
      manifest: {
        name: "Spotter",
        short_name: "Spotter",
        description: "Train around back pain: daily readiness, safer variants, and steady progress.",
        theme_color: "#1f5f5b",
        background_color: "#f4f1ea",
        display: "standalone",
        start_url: "/",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        ],
      },
      workbox: {
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/share\//],
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        // No source maps of the service worker either: the build publishes nothing but what the app runs.
        sourcemap: false,
      },
    }),
    precompress(),
  ],
  resolve: { conditions: ["@spotter/source"] },
  // No source maps in the production build: everything in dist is served publicly, and the maps would hand out the
  // original source. Debug with `vite dev`, which has them.
  // The manifest (dist/.vite/manifest.json, never served) maps each screen to its chunks for the bundle budget test.
  build: { outDir: "dist", sourcemap: false, manifest: true },
  server: { proxy: { "/api": "http://localhost:8080" } },
});
