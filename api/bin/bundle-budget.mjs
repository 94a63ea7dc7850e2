// The client's JavaScript budget, checked by `npm test` right after the client build: what the landing page (/)
// loads before it can draw (its entry chunk and that chunk's static imports, transitively), and what each view
// or layout loaded on demand adds to it. Limits are in client/bundle-budget.json, in kB (1000 bytes) of gzip,
// the unit Vite's build report uses. Plain Node: it reads client/dist/.vite/manifest.json and the built files.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The manifest keys a chunk brings with it: itself, then its static imports, transitively (each once). */
export function staticClosure(manifest, key) {
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`the manifest has no chunk "${k}"`);
    seen.add(k);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen];
}

/** What a lazy part is called in the report and in the budget file: its chunk name, else its manifest key. */
export function lazyName(manifest, key) {
  return manifest[key]?.name ?? key;
}

function jsFiles(manifest, keys) {
  return keys.map((k) => manifest[k].file).filter((file) => file.endsWith(".js"));
}

function total(files, sizeOf) {
  const chunks = files.map((file) => ({ file, ...sizeOf(file) }));
  return {
    chunks,
    raw: chunks.reduce((sum, c) => sum + c.raw, 0),
    gzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
  };
}

/**
 * Sizes of a page and of the parts it loads on demand. `sizeOf(file)` gives `{ raw, gzip }` in bytes.
 * Each lazy part (a dynamic import reached from the page, also from inside another lazy part) counts the
 * JavaScript it adds to what is already loaded: its chunk and static imports, minus the page's and minus the
 * chunks of the part that imported it. `otherPages` (e.g. graphiql.html) are measured whole, as their entry
 * chunk and its static imports.
 */
export function measurePage(manifest, sizeOf, page = "index.html", otherPages = []) {
  const landingKeys = staticClosure(manifest, page);
  const landing = total(jsFiles(manifest, landingKeys), sizeOf);
  const lazy = [];
  const done = new Set();
  const queue = landingKeys.flatMap((k) =>
    (manifest[k].dynamicImports ?? []).map((key) => ({ key, loaded: landingKeys })),
  );
  while (queue.length > 0) {
    const { key, loaded } = queue.shift();
    if (done.has(key)) continue;
    done.add(key);
    const closure = staticClosure(manifest, key);
    const before = new Set(loaded);
    const added = closure.filter((k) => !before.has(k));
    lazy.push({ name: lazyName(manifest, key), key, ...total(jsFiles(manifest, added), sizeOf) });
    const now = [...new Set([...loaded, ...closure])];
    for (const k of closure)
      for (const next of manifest[k].dynamicImports ?? []) queue.push({ key: next, loaded: now });
  }
  const pages = otherPages.map((other) => ({
    page: other,
    ...total(jsFiles(manifest, staticClosure(manifest, other)), sizeOf),
  }));
  return { page, landing, lazy, pages };
}

const kB = (bytes) => bytes / 1000;
const fmt = (bytes) => `${kB(bytes).toFixed(2)} kB`;

/** The budget's breaches, each a sentence naming the part, its chunks and sizes, and the limit. */
export function checkBudget(measured, budget) {
  const failures = [];
  const { landing, lazy } = measured;
  if (kB(landing.gzip) > budget.landing.maxGzipKB) {
    const chunks = landing.chunks.map((c) => `${c.file} ${fmt(c.gzip)}`).join(", ");
    failures.push(
      `The landing page (${measured.page}) loads ${fmt(landing.gzip)} of gzipped JavaScript, above its limit of ` +
        `${budget.landing.maxGzipKB} kB: ${chunks}.`,
    );
  }
  for (const part of lazy) {
    const limit = budget.lazy[part.name];
    const chunks = part.chunks.map((c) => `${c.file} ${fmt(c.gzip)}`).join(", ") || "no new chunks";
    if (limit === undefined) {
      failures.push(
        `"${part.name}" is loaded on demand (${fmt(part.gzip)} gzip: ${chunks}) but has no limit in the budget file: ` +
          `add one under "lazy".`,
      );
    } else if (kB(part.gzip) > limit) {
      failures.push(
        `"${part.name}" adds ${fmt(part.gzip)} of gzipped JavaScript, above its limit of ${limit} kB: ${chunks}.`,
      );
    }
  }
  for (const page of measured.pages) {
    const limit = budget.pages?.[page.page];
    if (limit !== undefined && kB(page.gzip) > limit)
      failures.push(
        `The page ${page.page} loads ${fmt(page.gzip)} of gzipped JavaScript, above its limit of ${limit} kB.`,
      );
  }
  return failures;
}

/** A plain-text report: the landing page's chunks, each lazy part and each other page, raw and gzip, with limits. */
export function formatReport(measured, budget) {
  const row = (label, raw, gzip, limit) =>
    `  ${label.padEnd(44)}${raw.padStart(12)}${gzip.padStart(12)}${limit === undefined ? "" : `   limit ${limit} kB`}`;
  const sized = (label, part, limit) => row(label, fmt(part.raw), fmt(part.gzip), limit);
  const lines = [`Landing page ${measured.page}: its entry chunk and static imports`, row("chunk", "raw", "gzip")];
  for (const c of measured.landing.chunks) lines.push(sized(c.file, c));
  lines.push(sized("= landing total", measured.landing, budget.landing.maxGzipKB));
  lines.push("Loaded on demand (the JavaScript each adds)");
  for (const part of measured.lazy) lines.push(sized(part.name, part, budget.lazy[part.name]));
  if (measured.pages.length > 0) lines.push("Other pages (entry chunk and static imports)");
  for (const page of measured.pages) lines.push(sized(page.page, page, budget.pages?.[page.page]));
  return lines.join("\n");
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  const dist = path.join(root, "client", "dist");
  const manifestFile = path.join(dist, ".vite", "manifest.json");
  if (!existsSync(manifestFile)) {
    console.error(`No ${path.relative(root, manifestFile)}: build the client first (npm run build).`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  const budget = JSON.parse(readFileSync(path.join(root, "client", "bundle-budget.json"), "utf8"));
  const sizeOf = (file) => {
    const bytes = readFileSync(path.join(dist, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const measured = measurePage(manifest, sizeOf, "index.html", Object.keys(budget.pages ?? {}));
  console.log(formatReport(measured, budget));
  const failures = checkBudget(measured, budget);
  if (failures.length > 0) {
    console.error(
      `\nThe client is over its JavaScript budget (client/bundle-budget.json):\n- ${failures.join("\n- ")}`,
    );
    process.exit(1);
  }
  console.log("\nWithin the JavaScript budget.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
