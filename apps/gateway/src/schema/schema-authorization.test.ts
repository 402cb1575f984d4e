import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLFieldConfig,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.js';

type PothosExtensions = { pothosOptions?: { authScopes?: unknown; skipTypeScopes?: boolean } };
const options = (x: { extensions?: unknown }) => (x.extensions as PothosExtensions | undefined)?.pothosOptions ?? {};

/** The parts of these types that carry no description; introspection and built-in scalars owe none. */
function undescribed(types: GraphQLNamedType[]): string[] {
  const parts: [path: string, description: string | null | undefined][] = [];
  for (const type of types) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    parts.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        parts.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of field.args) parts.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) parts.push([`${type.name}.${field.name}`, field.description]);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) parts.push([`${type.name}.${value.name}`, value.description]);
    }
  }
  return parts.filter(([, description]) => !description?.trim()).map(([path]) => path);
}

describe('schema authorization', () => {
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );

  it('denies by default on every root type', () => {
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      expect(root, 'root type exists').toBeTruthy();
      expect(options(root!.toConfig()).authScopes, `${root!.name} has type-level authScopes`).toBeTruthy();
    }
  });

  it('gives every field an explicit rule: its own, or its type’s', () => {
    const missing: string[] = [];
    for (const type of objectTypes) {
      const isRoot = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type);
      const typeRule = options(type.toConfig()).authScopes;
      for (const [name, field] of Object.entries(type.toConfig().fields as Record<string, GraphQLFieldConfig<unknown, unknown>>)) {
        const fieldOptions = options(field);
        // Root fields must each say who may call them; other fields may rely on their type's rule.
        const ruled = fieldOptions.authScopes !== undefined || (!isRoot && typeRule !== undefined && !fieldOptions.skipTypeScopes);
        if (!ruled) missing.push(`${type.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// Read by integrators in GraphiQL and by the apps' generated types: nothing goes undocumented.
describe('schema documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed(Object.values(schema.getTypeMap()))).toEqual([]);
  });

  it('names each undescribed part, sparing introspection and built-in scalars', () => {
    const sample = buildSchema(`
      "Reads."
      type Query {
        "Described, with an undescribed argument."
        described(limit: Int): Int
        bare: String
      }
      input Filter { text: String }
      enum Order { "Described." DUE NEWEST }
      scalar Day
    `);
    expect(undescribed(Object.values(sample.getTypeMap()))).toEqual([
      'Query.described(limit)',
      'Query.bare',
      'Filter',
      'Filter.text',
      'Order',
      'Order.NEWEST',
      'Day',
    ]);
  });
});
