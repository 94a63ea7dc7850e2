import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Built into client/dist, which the API server serves next to /graphql on the same origin. */
export default defineConfig({
  root,
  // Absolute asset URLs: pages are also served at /graphiql/ and /plan/<planId>, where "./assets" would miss.
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the explorer app and the GraphQL explorer (/graphiql), both served by the API.
    rollupOptions: { input: { main: `${root}index.html`, graphiql: `${root}graphiql.html` } },
  },
  server: {
    proxy: { "/graphql": { target: process.env.PLANGRAF_API_URL ?? "http://127.0.0.1:4000", changeOrigin: true } },
  },
});
