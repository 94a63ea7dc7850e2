/**
 * Reads a facts file: YAML syntax, then the schema. Keeps the YAML document so that any
 * later problem can be reported at the line of the field it concerns.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { fieldPath, type ValidationIssue } from "./errors.js";
import { factsSchema, type Facts } from "./schema.js";

export interface FactsSource {
  file: string;
  /** Line of the field at `path`, or of its nearest existing ancestor. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  issue(path: ReadonlyArray<PropertyKey>, message: string): ValidationIssue;
}

export type LoadedFacts = { ok: true; facts: Facts; source: FactsSource } | { ok: false; issues: ValidationIssue[] };

type Ranged = { range?: [number, number, number] | null } | null | undefined;

function locator(doc: Document, counter: LineCounter, file: string): FactsSource {
  const lineOfNode = (node: unknown): number | null => {
    const range = (node as Ranged)?.range;
    return range ? counter.linePos(range[0]).line : null;
  };
  const lineOf = (path: ReadonlyArray<PropertyKey>): number => {
    for (let n = path.length; n >= 1; n -= 1) {
      const parentPath = path.slice(0, n - 1) as Array<string | number>;
      const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
      const key = path[n - 1];
      // A mapping entry is reported at its key ("evidence:"), which is where people look.
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        const line = lineOfNode(pair?.key);
        if (line !== null) return line;
      } else if (isSeq(parent) && typeof key === "number") {
        const line = lineOfNode(parent.items[key]);
        if (line !== null) return line;
      }
    }
    return lineOfNode(doc.contents) ?? 1;
  };
  return { file, lineOf, issue: (path, message) => ({ file, line: lineOf(path), field: fieldPath(path), message }) };
}

export function loadFacts(yamlText: string, file: string): LoadedFacts {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
        field: "(yaml)",
        message: e.message.split("\n")[0] ?? e.message,
      })),
    };
  }
  const source = locator(doc, counter, file);
  const parsed = factsSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => {
        // An unknown key is reported at the key itself, not at its object.
        const keys = i.code === "unrecognized_keys" ? i.keys : [];
        const path = keys.length > 0 ? [...i.path, keys[0] as string] : i.path;
        return source.issue(path, i.message);
      }),
    };
  }
  return { ok: true, facts: parsed.data, source };
}
