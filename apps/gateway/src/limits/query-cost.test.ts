import { getNullableType, isInterfaceType, isListType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { ACTIONS, LIST_SIZES } from './list-sizes.js';
import { evaluatePlan, planFor, queryCost } from './query-cost.js';

const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  queryCost(schema, parse(query), operationName, variables);

const TICKET_COUNTS = (LIST_SIZES['Query.ticketCounts'] as { items: number }).items;

describe('query cost', () => {
  it('counts every field once, and nothing for __typename', () => {
    expect(cost('{ viewer { username kind } }')).toBe(3);
    expect(cost('{ __typename viewer { __typename username } }')).toBe(2);
  });

  it('multiplies what a list selects by the list’s size', () => {
    expect(cost('{ ticketCounts { count status } }')).toBe(1 + TICKET_COUNTS * 2);
    // A list of enums: one value per item.
    expect(cost('{ viewer { siteActions } }')).toBe(1 + 1 + ACTIONS);
  });

  it('sizes a connection’s edges by the page asked for, inline or through a variable', () => {
    const page = (first: string) => `{ tickets(first: ${first}) { edges { node { id title } } pageInfo { hasNextPage } } }`;
    // tickets 1 + edges (1 + n × (node 1 + 2)) + pageInfo 2
    expect(cost(page('10'))).toBe(1 + (1 + 10 * 3) + 2);
    const withVariable = `query Queue($n: Int!) ${page('$n')}`;
    expect(cost(withVariable, { n: 10 })).toBe(1 + (1 + 10 * 3) + 2);
    expect(cost(withVariable, { n: 100 })).toBe(1 + (1 + 100 * 3) + 2);
  });

  it('falls back to the variable’s default, then to the list’s own default page', () => {
    const query = (definition: string) => `query Queue(${definition}) { tickets(first: $n) { edges { node { id } } } }`;
    expect(cost(query('$n: Int = 7'))).toBe(2 + 7 * 2);
    expect(cost(query('$n: Int = 7'), { n: 30 })).toBe(2 + 30 * 2);
    expect(cost(query('$n: Int'))).toBe(2 + 50 * 2);
    expect(cost('{ tickets { edges { node { id } } } }')).toBe(2 + 50 * 2);
    expect(cost('{ myRequests { edges { node { id } } } }')).toBe(2 + 20 * 2);
  });

  it('never counts a page beyond the largest the list serves, nor below nothing', () => {
    expect(cost('{ tickets(first: 100000) { edges { node { id } } } }')).toBe(2 + 100 * 2);
    expect(cost('query Q($n: Int) { tickets(first: $n) { edges { node { id } } } }', { n: -5 })).toBe(2);
    expect(cost('{ requesters(search: "鑫", first: 500) { id } }')).toBe(1 + 50);
  });

  it('takes `last` like `first`, the larger when both are sent', () => {
    expect(cost('{ tickets(last: 10) { edges { node { id } } } }')).toBe(2 + 10 * 2);
    expect(cost('query Q($a: Int, $b: Int) { tickets(first: $a, last: $b) { edges { node { id } } } }', { a: 5, b: 40 })).toBe(2 + 40 * 2);
  });

  it('counts each alias, and fields merged under one name once', () => {
    expect(cost('{ a: viewer { username } b: viewer { username } }')).toBe(4);
    expect(cost('{ viewer { username } viewer { username kind } }')).toBe(3);
    expect(cost('query { viewer { ...Who ...Who } } fragment Who on Viewer { username kind }')).toBe(3);
  });

  it('counts only the operation that was asked for', () => {
    const document = 'query Small { viewer { username } } query Big { ticketCounts { count } }';
    expect(cost(document, {}, 'Small')).toBe(2);
    expect(cost(document, {}, 'Big')).toBe(1 + TICKET_COUNTS);
  });

  it('plans a document once and evaluates the plan with each request’s variables', () => {
    const document = parse('query Queue($n: Int!) { tickets(first: $n) { edges { node { id } } } }');
    const plan = planFor(schema, document, 'Queue');
    expect(planFor(schema, document, 'Queue')).toBe(plan);
    expect(evaluatePlan(plan, { n: 1 })).toBe(4);
    expect(evaluatePlan(plan, { n: 99 })).toBe(2 + 99 * 2);
  });

  it('plans a document written inline to a plain number', () => {
    const plan = planFor(schema, parse('{ tickets(first: 20) { edges { node { id } } } }'), undefined);
    expect(plan).toEqual({ fixed: 2 + 20 * 2, pending: [] });
  });

  it('copes with a document validation has not seen yet', () => {
    // An unknown field counts 1, whatever it selects: validation refuses it next.
    expect(cost('{ viewer { nonsense { deeper } } }')).toBe(2);
    expect(cost('{ viewer { ...Missing } }')).toBe(1);
    expect(cost('query { viewer { ...A } } fragment A on Viewer { username ...A }')).toBe(2);
  });

  it('plans a fragment that spreads another twice, forty times over, without walking it 2⁴⁰ times', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Viewer { ...F${i} ...F${i} }`).join('\n');
    expect(cost(`{ viewer { ...F40 } } fragment F0 on Viewer { username } ${fragments}`)).toBe(2);
  });

  it('knows the size of every list of the schema (a connection’s edges take its page)', () => {
    const paged = new Set(Object.entries(LIST_SIZES).flatMap(([field, size]) => ('page' in size ? [field] : [])));
    const connectionTypes = new Set(
      [...paged].map((coordinate) => {
        const [type, field] = coordinate.split('.') as [string, string];
        const definition = (schema.getType(type) as { getFields(): Record<string, { type: Parameters<typeof getNullableType>[0] }> }).getFields()[field]!;
        return String(getNullableType(definition.type));
      }),
    );
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!isListType(getNullableType(field.type)) || LIST_SIZES[coordinate]) continue;
        if (field.name === 'edges' && connectionTypes.has(type.name)) continue;
        unsized.push(coordinate);
      }
    }
    expect(unsized).toEqual([]);
    for (const coordinate of Object.keys(LIST_SIZES)) {
      const [type, field] = coordinate.split('.') as [string, string];
      const definition = (schema.getType(type) as { getFields?: () => Record<string, { args: readonly { name: string }[] }> } | undefined)?.getFields?.()[field];
      expect(definition, coordinate).toBeDefined();
      if (paged.has(coordinate)) expect(definition!.args.map((arg) => arg.name), coordinate).toContain('first');
    }
  });
});
