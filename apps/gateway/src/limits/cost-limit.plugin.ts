import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { queryCost } from './query-cost.js';

/**
 * Refuses a valid operation whose cost, with the variables it was sent with, is over `maxCost`,
 * before the session is read or anything runs.
 *
 * Thrown, not set as the validation result: Yoga's validation cache sees the result after this
 * plugin and would keep it for every later request of the same document, whatever its variables.
 * A throw leaves the cache alone; the masking pass lets this error through as a client's error.
 */
export function useCostLimit(maxCost: number): Plugin {
  return {
    onValidate: ({ params: { schema, documentAST }, context }) =>
      ({ valid }) => {
        if (!valid) return;
        const request = (context as { params?: GraphQLParams }).params;
        const cost = queryCost(schema, documentAST, request?.operationName, request?.variables);
        if (cost > maxCost) throw costLimitError(cost, maxCost);
      },
  };
}

/** Refused like the other request limits: a validation failure, HTTP 400 under graphql-response+json only. */
export const costLimitError = (cost: number, maxCost: number) =>
  new GraphQLError(`Query cost limit of ${maxCost} exceeded: this operation costs ${cost}. Ask for smaller pages (first) or fewer fields.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { spec: true, status: 400 } },
  });
