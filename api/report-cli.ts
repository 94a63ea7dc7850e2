/**
 * `npm run report -- --plan <planId> --out <file.pdf> [--url http://127.0.0.1:4000] [--lang en]`
 * prints the meeting report "Tværgående afhængigheder" of a running Plangraf app to PDF
 * (headless Chromium). It starts nothing: run `npm start` first, or point --url at an app.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { printReport, ReportError } from "./report-print.js";

const USAGE = "usage: npm run report -- --plan <planId> --out <file.pdf> [--url http://127.0.0.1:4000] [--lang da|en]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      plan: { type: "string" },
      out: { type: "string" },
      url: { type: "string", default: process.env.PLANGRAF_URL ?? "http://127.0.0.1:4000" },
      lang: { type: "string", default: "da" },
    },
  });
  if (!values.plan || !values.out || (values.lang !== "da" && values.lang !== "en")) {
    console.error(USAGE);
    return 2;
  }
  const out = path.resolve(values.out);
  const printed = await printReport({ url: values.url, planId: values.plan, out, lang: values.lang });
  console.log(`Wrote ${printed.out} (${Math.round(printed.bytes / 1024)} KB): ${printed.sections.join(" · ")}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ReportError ? error.message : error);
    process.exit(1);
  },
);
