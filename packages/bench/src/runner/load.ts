import autocannon from 'autocannon';
import type { Scenario, ScenarioVariables } from '../scenarios/scenarios.js';
import { CSRF_HEADERS } from './in-process.js';
import { floorPath } from '../floor/floor-server.js';

export type Target = { kind: 'gateway' | 'twin' | 'floor'; url: string };

export type LoadResult = { rps: number; p50: number; p90: number; p99: number; requests: number; failures: number };

export type LoadOptions = {
  target: Target;
  scenario: Scenario;
  cookie: string;
  variables: (n: number) => ScenarioVariables;
  onBody?: (body: string) => void;
  durationSeconds: number;
  connections: number;
  /** Requests per second across all connections (open loop); as fast as answered when absent (closed loop). */
  rate?: number;
};

/** One autocannon run against one server. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { target, scenario, cookie, variables, onBody } = options;
  let n = 0;
  const body = (vars: ScenarioVariables) => (target.kind === 'gateway' ? JSON.stringify({ query: scenario.query, variables: vars }) : JSON.stringify(vars));
  const fixedBody = scenario.name === 'Q1' || scenario.name === 'Q3' || scenario.mutation ? null : body(variables(0));
  const result = await autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.durationSeconds,
    pipelining: 1,
    ...(options.rate ? { overallRate: Math.max(1, Math.round(options.rate)) } : {}),
    requests: [
      {
        method: 'POST',
        path: target.kind === 'gateway' ? '/graphql' : target.kind === 'floor' ? floorPath(scenario) : scenario.path,
        headers: { 'content-type': 'application/json', cookie, ...CSRF_HEADERS },
        ...(fixedBody
          ? { body: fixedBody }
          : { setupRequest: (request: autocannon.Request) => ({ ...request, body: body(variables(n++)) }) }),
        ...(onBody ? { onResponse: (_status: number, responseBody: string) => onBody(responseBody) } : {}),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
