/**
 * `npm run report -- --plan <planId> --out <file.pdf> [--url http://127.0.0.1:4000] [--lang en]`
 * prints the meeting report "Tværgående afhængigheder" of a running Plangraf app to PDF
 * (headless Chromium). It starts nothing: run `npm start` first, or point --url at an app.
 */
import path from "node:path";
import { choiceOption, exitOnError, parseCli, UsageError } from "../graph/cli-args.js";
import { createCliLogger } from "../graph/logger.js";
import { printReport } from "./report-print.js";

const USAGE =
  "Usage: npm run report -- --plan <planId> --out <file.pdf> [--url http://127.0.0.1:4000] [--lang da|en]\n" +
  "Prints the meeting report of a running app (npm start; --url defaults to PLANGRAF_URL) to PDF.";

const log = createCliLogger("report");

const options = parseCli(
  {
    options: {
      plan: { type: "string" },
      out: { type: "string" },
      url: { type: "string", default: process.env.PLANGRAF_URL ?? "http://127.0.0.1:4000" },
      lang: { type: "string" },
    },
  },
  USAGE,
  ({ values }) => {
    if (!values.plan) throw new UsageError("--plan <planId> is required.");
    if (!values.out) throw new UsageError("--out <file.pdf> is required.");
    return {
      planId: values.plan,
      out: path.resolve(values.out),
      url: values.url,
      lang: choiceOption(values.lang, "--lang", ["da", "en"], "da"),
    };
  },
);

printReport(options).then((printed) => {
  process.stdout.write(
    `Wrote ${printed.out} (${Math.round(printed.bytes / 1024)} KB): ${printed.sections.join(" · ")}\n`,
  );
  process.exit(0);
}, exitOnError(log));
