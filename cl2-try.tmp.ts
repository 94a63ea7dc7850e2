import { runClient } from "./tests/bench/cases/client.ts";
const ctx: any = { options: { quick: true, skip: new Set() }, rows: [], raw: {}, log: (l: string) => console.log(new Date().toISOString().slice(11, 19), l) };
await runClient(ctx);
console.log(ctx.rows);
