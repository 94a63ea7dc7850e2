/** Entry point of `npm run facts:coverage`; see command.ts. */
import { runCoverageCommand } from "./command.js";

process.exitCode = runCoverageCommand(process.argv.slice(2));
