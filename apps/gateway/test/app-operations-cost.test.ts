import { describe, expect, it } from 'vitest';
import { queryCost } from '../src/limits/query-cost.js';
import { schema } from '../src/schema/index.js';
import { REQUEST_LIMITS } from '../src/yoga.js';
import { appOperations, largestVariables } from './app-operations.js';

/** Room left for the apps to grow before a screen of theirs meets the limit. */
const MARGIN = 2;

const operations = appOperations();

describe('the cost of every operation the apps send', () => {
  it('finds the operations of both apps', () => {
    const names = operations.map((operation) => `${operation.app}:${operation.name}`);
    expect(names).toEqual(expect.arrayContaining(['admin:TicketQueue', 'admin:TicketDetailView', 'admin:StaffDirectory', 'portal:MyRequests', 'portal:MyRequest']));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(operations.map((operation) => [`${operation.app} ${operation.name}`, operation] as const))(
    '%s stays under half the limit with its largest pages',
    (_, { document }) => {
      const variables = largestVariables(schema, document);
      expect(queryCost(schema, document, undefined, variables) * MARGIN).toBeLessThanOrEqual(REQUEST_LIMITS.cost);
    },
  );

  it('sends each page size variable at the largest page its list serves', () => {
    const queue = operations.find((operation) => operation.name === 'TicketQueue')!;
    expect(largestVariables(schema, queue.document)).toEqual({ first: 100 });
  });
});
