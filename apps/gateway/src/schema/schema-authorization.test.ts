import { isObjectType, type GraphQLFieldConfig, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.js';

type PothosExtensions = { pothosOptions?: { authScopes?: unknown; skipTypeScopes?: boolean } };
const options = (x: { extensions?: unknown }) => (x.extensions as PothosExtensions | undefined)?.pothosOptions ?? {};

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
