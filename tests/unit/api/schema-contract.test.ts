/**
 * The emitted schema carries every type, field, argument, default and enum value of the
 * contract the client is built against (api/schema.contract.graphql), with the same types:
 * additions are fine, renames and drops fail here. Two checks: graphql-js's
 * `findBreakingChanges` (contract as the old schema, the emitted one as the new), which also
 * knows what a change of nullability or list wrapping does to a client, and a name-by-name
 * walk that in addition holds argument and input defaults to the contract.
 */
import { readFileSync } from "node:fs";
import {
  astFromValue,
  BreakingChangeType,
  Kind,
  buildASTSchema,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  parseType,
  print,
  printSchema,
  visit,
  type ASTNode,
  type ASTVisitor,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlangrafSchema } from "../../../api/schema.js";

const contract = buildSchema(readFileSync(new URL("../../../api/schema.contract.graphql", import.meta.url), "utf8"));
const contractTypes = Object.values(contract.getTypeMap()).filter(
  (t) => !t.name.startsWith("__") && !isSpecifiedScalarType(t),
);

const defaultOf = (arg: GraphQLArgument | GraphQLInputField) => {
  const ast = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : null;
};

describe("the emitted schema honours the contract", () => {
  let emitted: Awaited<ReturnType<typeof buildPlangrafSchema>>;
  beforeAll(async () => {
    emitted = await buildPlangrafSchema();
  });

  it.each(contractTypes.map((t) => [t.name, t] as const))("%s", (_name, expected: GraphQLNamedType) => {
    const actual = emitted.getType(expected.name);
    expect(actual, `type ${expected.name}`).toBeDefined();
    expect(actual!.constructor.name).toBe(expected.constructor.name);
    if (isObjectType(expected) || isInterfaceType(expected)) {
      const fields = (actual as typeof expected).getFields();
      for (const field of Object.values(expected.getFields())) {
        const mine = fields[field.name];
        expect(mine, `${expected.name}.${field.name}`).toBeDefined();
        expect(String(mine!.type), `${expected.name}.${field.name} type`).toBe(String(field.type));
        for (const arg of field.args) {
          const myArg = mine!.args.find((a) => a.name === arg.name);
          expect(myArg, `${expected.name}.${field.name}(${arg.name})`).toBeDefined();
          expect(String(myArg!.type)).toBe(String(arg.type));
          expect(defaultOf(myArg!), `default of ${expected.name}.${field.name}(${arg.name})`).toBe(defaultOf(arg));
        }
        const extraRequired = mine!.args.filter(
          (a) =>
            !field.args.some((b) => b.name === a.name) && String(a.type).endsWith("!") && a.defaultValue === undefined,
        );
        expect(
          extraRequired.map((a) => a.name),
          `new required arguments on ${expected.name}.${field.name}`,
        ).toEqual([]);
      }
      const interfaces = (actual as typeof expected).getInterfaces().map((i) => i.name);
      for (const i of expected.getInterfaces()) expect(interfaces).toContain(i.name);
    }
    if (isEnumType(expected)) {
      const values = (actual as typeof expected).getValues().map((v) => v.name);
      expect(values.sort()).toEqual(
        expected
          .getValues()
          .map((v) => v.name)
          .sort(),
      );
    }
    if (isInputObjectType(expected)) {
      const fields = (actual as typeof expected).getFields();
      for (const field of Object.values(expected.getFields())) {
        expect(fields[field.name], `${expected.name}.${field.name}`).toBeDefined();
        expect(String(fields[field.name]!.type)).toBe(String(field.type));
        expect(defaultOf(fields[field.name]!)).toBe(defaultOf(field));
      }
    }
  });
});

type Ancestors = readonly (ASTNode | readonly ASTNode[])[];
/** The name of the nearest enclosing node of `kind` while visiting (the type of a field, the field of an argument). */
const enclosing = (ancestors: Ancestors, kind: Kind): string | undefined => {
  for (const node of [...ancestors].reverse()) {
    if ("kind" in node && node.kind === kind && "name" in node && node.name) return node.name.value;
  }
  return undefined;
};
const parentName = (ancestors: Ancestors) => enclosing(ancestors, Kind.OBJECT_TYPE_DEFINITION);
const fieldName = (ancestors: Ancestors) => enclosing(ancestors, Kind.FIELD_DEFINITION);

const describeChange = (change: { type: string; description: string }) => `${change.type}: ${change.description}`;

describe("no breaking change against the contract (graphql-js findBreakingChanges)", () => {
  let emitted: GraphQLSchema;
  beforeAll(async () => {
    emitted = await buildPlangrafSchema();
  });

  it("the emitted schema only adds to the contract; dangerous changes are reported", async ({ annotate }) => {
    expect(findBreakingChanges(contract, emitted).map(describeChange)).toEqual([]);
    // Dangerous, not breaking: an optional argument or input field, an enum value a client may
    // not know yet. Listed in the test report for the reviewer of an API change.
    for (const change of findDangerousChanges(contract, emitted)) await annotate(describeChange(change), "warning");
  });

  /** The emitted schema with one edit applied to its SDL: what a careless change of a resolver class would emit. */
  const edited = (visitor: ASTVisitor): GraphQLSchema => buildASTSchema(visit(parse(printSchema(emitted)), visitor));

  it.each<[string, ASTVisitor, BreakingChangeType]>([
    [
      "a field dropped (Impact.truncated)",
      {
        FieldDefinition: (node, _key, _parent, _path, ancestors) =>
          node.name.value === "truncated" && parentName(ancestors) === "Impact" ? null : undefined,
      },
      BreakingChangeType.FIELD_REMOVED,
    ],
    [
      "a type renamed (PathResult to Path)",
      { Name: (node) => (node.value === "PathResult" ? { ...node, value: "Path" } : undefined) },
      BreakingChangeType.TYPE_REMOVED,
    ],
    [
      "an enum value dropped (NodeKind.THEME)",
      { EnumValueDefinition: (node) => (node.name.value === "THEME" ? null : undefined) },
      BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
    ],
    [
      "a non-null field made nullable (Impact.nodes)",
      {
        FieldDefinition: (node, _key, _parent, _path, ancestors) =>
          node.name.value === "nodes" && parentName(ancestors) === "Impact" && node.type.kind === Kind.NON_NULL_TYPE
            ? { ...node, type: node.type.type }
            : undefined,
      },
      BreakingChangeType.FIELD_CHANGED_KIND,
    ],
    [
      "an argument's type changed (Query.impact(id: ID!) to String!)",
      {
        InputValueDefinition: (node, _key, _parent, _path, ancestors) =>
          node.name.value === "id" && fieldName(ancestors) === "impact"
            ? { ...node, type: parseType("String!") }
            : undefined,
      },
      BreakingChangeType.ARG_CHANGED_KIND,
    ],
    [
      "a required argument added (Query.search(page: Int!))",
      {
        FieldDefinition: (node, _key, _parent, _path, ancestors) =>
          node.name.value === "search" && parentName(ancestors) === "Query"
            ? {
                ...node,
                arguments: [
                  ...(node.arguments ?? []),
                  {
                    kind: Kind.INPUT_VALUE_DEFINITION,
                    name: { kind: Kind.NAME, value: "page" },
                    type: parseType("Int!"),
                  },
                ],
              }
            : undefined,
      },
      BreakingChangeType.REQUIRED_ARG_ADDED,
    ],
  ])("catches %s", (_name, visitor, expected) => {
    const changes = findBreakingChanges(contract, edited(visitor));
    expect(changes.map((change) => change.type)).toContain(expected);
  });
});
