/**
 * The emitted schema carries every type, field, argument, default and enum value of the
 * contract the client is built against (api/schema.contract.graphql), with the same types:
 * additions are fine, renames and drops fail here.
 */
import { readFileSync } from "node:fs";
import {
  astFromValue,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  print,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLNamedType,
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
