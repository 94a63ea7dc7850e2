import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./graphql-documents-plugin";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Built into client/dist, which the API server serves next to /graphql on the same origin. */
export default defineConfig({
  root,
  // Absolute asset URLs: pages are also served at /graphiql/ and /plan/<planId>, where "./assets" would miss.
  base: "/",
  // graphqlDocuments: each chunk carries only the GraphQL documents its code uses (see the plugin).
  plugins: [graphqlDocuments(`${root}src`), react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page and each lazy view loads, read by the bundle budget check.
    manifest: true,
    rolldownOptions: {
      // Two pages: the explorer app and the GraphQL explorer (/graphiql), both served by the API.
      input: { main: `${root}index.html`, graphiql: `${root}graphiql.html` },
      output: {
        codeSplitting: {
          // Libraries that change rarely get chunks of their own, cached across releases of the app's code:
          // React (both pages use it) and Cytoscape (the graph view's renderer, ~420 kB by itself).
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "cytoscape", test: /node_modules[\\/]cytoscape[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/graphql": { target: process.env.PLANGRAF_API_URL ?? "http://127.0.0.1:4000", changeOrigin: true } },
  },
});
