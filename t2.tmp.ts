import { readFileSync } from "node:fs";
import { parsePlanDocument } from "./seeds/parser/parse-plan.js";
const p = parsePlanDocument(readFileSync("seeds/virksomhedsplan-2009.md","utf8"), {planId:"x", file:"f"});
console.log(p.title, "|", p.administration, p.year);
for (const t of p.themes) console.log("THEME", t.year, t.ordinal, t.name);
for (const d of p.departments) {
  console.log("\n=== DEPT", d.name, "staff", d.staff, "salary", d.salaryBudget);
  console.log(" vision:", d.vision.slice(0,80));
  console.log(" tasks:", d.mainTasks.length, d.mainTasks.map(t=>t.slice(0,30)));
  console.log(" resources:", d.resources.slice(0,100));
  for (const s of d.statusItems) console.log("  S", s.ordinal, s.outcome.padEnd(11), s.title ?? "", "|", s.text.slice(0,70), "||", s.outcomeText.slice(0,60));
  for (const g of d.goals) {
    console.log("  G", g.letter, g.title, "| init", g.initiatives.length, "| mg", g.mainGoal.slice(0,50), "| st", g.strategy.slice(0,40));
    for (const i of g.initiatives) console.log("      I", i.ordinal, i.text.slice(0,90));
  }
}
