/**
 * Bundles the bench page with esbuild: against the app's own client modules, or, when those
 * do not bundle (being changed), against fallback.ts with the same exports.
 */
import { build, type Plugin } from "esbuild";
import path from "node:path";

export interface PageBundle {
  html: string;
  /** "app" when the client's own style, layout and element mapping are in, else "fallback". */
  source: "app" | "fallback";
}

const here = import.meta.dirname;

const toFallback: Plugin = {
  name: "client-fallback",
  setup(b) {
    b.onResolve({ filter: /client\/src\// }, () => ({ path: path.join(here, "fallback.ts") }));
  },
};

async function bundle(useFallback: boolean): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, "page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
    plugins: useFallback ? [toFallback] : [],
  });
  return result.outputFiles[0]!.text;
}

export async function buildPage(log: (line: string) => void): Promise<PageBundle> {
  let source: PageBundle["source"] = "app";
  let script: string;
  try {
    script = await bundle(false);
  } catch (error) {
    log(
      `client modules did not bundle (${error instanceof Error ? error.message.split("\n")[0] : error}); using the fallback`,
    );
    source = "fallback";
    script = await bundle(true);
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}#cy{position:absolute;inset:0}</style></head>
<body><div id="cy"></div><script>${script.replace(/<\/script/gi, "<\\/script")}</script></body></html>`;
  return { html, source };
}
