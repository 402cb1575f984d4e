import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, type } from 'node:os';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { openDatabase } from '@kefu/db/engine';
import { BENCH_PASSWORD, dropDataset, ensureDataset } from '../dataset/load-dataset.js';
import { SCENARIOS, type Scenario } from '../scenarios/scenarios.js';
import { pickFixtures, recordVersion, variablesFor, type Fixtures } from '../runner/fixtures.js';
import { startInProcessPair } from '../runner/in-process.js';
import { startBalancer } from '../runner/balancer.js';
import { countTicketsByStatusAndSeverity } from '@kefu/db/tickets';
import { performance } from 'node:perf_hooks';
import { runLoad, type LoadResult, type Target } from '../runner/load.js';
import { BENCH_DIR, buildGateway, REPO_DIR, machineBusyShare, residentMb, startFloorProcess, startGatewayProcess, startTwinProcess, type Child } from '../runner/processes.js';
import { FLOOR_SCENARIOS, floorPath } from '../floor/floor-server.js';
import { initialJs } from '../report/bundle-sizes.js';
import { summarizeProfile } from '../report/cpu-profile.js';
import { firstDifference } from '../report/first-difference.js';
import { markdownReport, svgChart, type BenchReport, type ScenarioResult } from '../report/report.js';

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100k' },
    duration: { type: 'string', default: '10' },
    seed: { type: 'string', default: '20260601' },
    connections: { type: 'string', default: '16' },
    smoke: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    profile: { type: 'string' },
    replicas: { type: 'string', default: '1' },
    // Where the report goes instead of docs/ (a partial run, e.g. --scenarios Q2 --profile Q2).
    out: { type: 'string' },
    // The benchmark database's name (kefu_bench unless given), so several checkouts can keep their own.
    database: { type: 'string' },
    // Load (or reuse) the dataset and stop: for bench:kpi, which reads it without the servers.
    'load-only': { type: 'boolean', default: false },
  },
});

const parseCount = (text: string): number => {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`--tickets takes 10k, 100k, 1m or a number, got ${text}`);
  return Math.round(Number(match[1]) * ({ k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase()] ?? 1));
};

const log = (line: string) => process.stdout.write(`${line}\n`);
const tickets = parseCount(args.tickets!);
const seed = Number(args.seed);
const durationSeconds = Number(args.duration);
const connections = Number(args.connections);
const smoke = args.smoke!;
const rounds = smoke ? 1 : 2;
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = args.database ?? (smoke ? 'kefu_bench_smoke' : 'kefu_bench');
// A smoke run writes beside the system's temp files, never over the published report.
const reportDir = args.out ? resolve(args.out) : smoke ? join(tmpdir(), 'kefu-bench-smoke') : join(REPO_DIR, 'docs');
const reportFile = join(reportDir, 'perf.md');
const chartFile = 'perf.svg';
const GATEWAY_PORT = 4810;
const TWIN_PORT = 4811;
const FLOOR_PORT = 4812;
const OPEN_CONNECTIONS = 32;
const REPLICA_PORT = 4820;
const BALANCER_PORT = 4830;
const replicaCount = Number(args.replicas);
if (!Number.isInteger(replicaCount) || replicaCount < 1 || replicaCount > 8) throw new Error(`--replicas takes 1 to 8, got ${args.replicas}`);
const selected = args.scenarios ? SCENARIOS.filter((s) => args.scenarios!.split(',').includes(s.name)) : SCENARIOS;
/** The scenario the CPU profile covers: Q2 unless another is asked for; none in a smoke run unless asked. */
const profiledName = args.profile ?? (smoke ? null : 'Q2');

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const busyBefore = await machineBusyShare();
  const dataset = await ensureDataset(serverUrl, databaseName, { tickets, seed }, log);
  if (args['load-only']) return;
  const site = dataset.sites[0]!;
  log('bench: building the gateway');
  await buildGateway();

  const pair = await startInProcessPair((onQuery) => openDatabase({ databaseUrl: dataset.databaseUrl, onQuery }));
  const children: Child[] = [];
  try {
    const cookies = {
      director: await pair.login(site.logins.director, BENCH_PASSWORD),
      merchant: await pair.login(site.logins.merchant, BENCH_PASSWORD),
    };
    const fixtures = await pickFixtures(pair.db, site.siteId, site.units.merchant);
    const [{ server_version: postgresVersion }] = (await pair.db.query<{ server_version: string }>('SHOW server_version')) as [{ server_version: string }];
    const [{ events }] = (await pair.db.query<{ events: number }>('SELECT count(*)::int AS events FROM ticket_events')) as [{ events: number }];

    log('bench: SQL statements per request (in-process, counted at the storage seam)');
    const statements = new Map<string, { gateway: number; twin: number }>();
    for (const scenario of SCENARIOS) {
      const cookie = cookies[scenario.as];
      const vars = () => variablesFor(scenario.name, fixtures, 1);
      // Warm both: the first request of a site loads its org chart.
      for (const warm of [pair.gateway, pair.twin]) recordVersion(fixtures, (await warm(scenario, vars(), cookie)).body);
      const gateway = await pair.gateway(scenario, vars(), cookie);
      if (scenario.mutation) recordVersion(fixtures, gateway.body);
      const twin = await pair.twin(scenario, vars(), cookie);
      if (scenario.mutation) recordVersion(fixtures, twin.body);
      statements.set(scenario.name, { gateway: gateway.statements, twin: twin.statements });
      // Where the counts part, the statements themselves say why (one line each).
      if (gateway.statements !== twin.statements) {
        const lines = (texts: string[]) => texts.map((text) => `    ${text.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n');
        log(`  ${scenario.name}: gateway ${gateway.statements} statements, twin ${twin.statements}\n  gateway:\n${lines(gateway.texts)}\n  twin:\n${lines(twin.texts)}`);
      }
    }
    const q2 = SCENARIOS.find((s) => s.name === 'Q2')!;
    const pageStatements = [];
    for (const first of [10, 50, 100]) {
      const vars = variablesFor('Q2', fixtures, 0, first);
      const gateway = await pair.gateway(q2, vars, cookies.director);
      const twin = await pair.twin(q2, vars, cookies.director);
      const rows = (gateway.body as { data: { tickets: { edges: unknown[] } } }).data.tickets.edges.length;
      pageStatements.push({ first, rows, gateway: gateway.statements, twin: twin.statements });
    }
    log(pageStatements.map((p) => `  Q2 first=${p.first}: gateway ${p.gateway}, twin ${p.twin}`).join('\n'));

    // Q5's statement alone, one at a time: the counters (migration 010) beside the count(*) they replace.
    const timeStatement = async (work: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const start = performance.now();
        await work();
        times.push(performance.now() - start);
      }
      times.sort((x, y) => x - y);
      return { p50: times[100]!, p99: times[197]! };
    };
    const q5Statement = {
      counters: await timeStatement(() => countTicketsByStatusAndSeverity(pair.db, site.siteId, { kind: 'site' })),
      countStar: await timeStatement(() =>
        pair.db.query('SELECT status, severity, count(*)::int AS count FROM tickets WHERE site_id = $1 GROUP BY status, severity ORDER BY status, severity', [site.siteId]),
      ),
    };
    log(`  Q5 statement p50: counters ${q5Statement.counters.p50.toFixed(2)} ms, count(*) ${q5Statement.countStar.p50.toFixed(2)} ms`);

    const gateway = await startGatewayProcess(dataset.databaseUrl, GATEWAY_PORT);
    children.push(gateway);
    const twin = await startTwinProcess(dataset.databaseUrl, TWIN_PORT);
    children.push(twin);
    const floor = await startFloorProcess(dataset.databaseUrl, FLOOR_PORT);
    children.push(floor);
    const targets: Record<'gateway' | 'twin' | 'floor', Target> = {
      gateway: { kind: 'gateway', url: gateway.url },
      twin: { kind: 'twin', url: twin.url },
      floor: { kind: 'floor', url: floor.url },
    };
    let gatewayRssAfterQ2: number | null = null;

    const results: ScenarioResult[] = [];
    for (const scenario of selected) {
      const equal = await sameAnswers(scenario, targets, cookies[scenario.as], fixtures);
      const withFloor = FLOOR_SCENARIOS.includes(scenario.name);
      const equalFloor = withFloor ? await floorAnswersAlike(scenario, targets, cookies[scenario.as], fixtures) : null;
      log(`bench: ${scenario.name} ${scenario.title}: ${equal ? 'gateway and twin give the same JSON' : 'ANSWERS DIFFER'}${withFloor ? (equalFloor ? ', the floor too' : ', FLOOR DIFFERS') : ''}`);
      const load = (target: Target, seconds: number, rate?: number) =>
        runLoad({
          target,
          scenario,
          cookie: cookies[scenario.as],
          variables: (n) => variablesFor(scenario.name, fixtures, n),
          ...(scenario.mutation ? { onBody: (body: string) => recordVersion(fixtures, JSON.parse(body)) } : {}),
          durationSeconds: seconds,
          connections: rate ? OPEN_CONNECTIONS : connections,
          ...(rate ? { rate } : {}),
        });
      const warmup = Math.max(2, Math.round(durationSeconds / 3));
      await load(targets.twin, warmup);
      await load(targets.gateway, warmup);
      if (withFloor) await load(targets.floor, warmup);
      const closed: Record<'gateway' | 'twin' | 'floor', LoadResult[]> = { gateway: [], twin: [], floor: [] };
      const once: ('gateway' | 'twin' | 'floor')[] = withFloor ? ['twin', 'gateway', 'floor'] : ['twin', 'gateway'];
      const order = rounds > 1 ? [...once, ...[...once].reverse()] : once;
      for (const kind of order) closed[kind].push(await load(targets[kind], durationSeconds));
      const closedTwin = mean(closed.twin);
      const closedGateway = mean(closed.gateway);
      const rate = closedTwin.rps / 2;
      const openTwin = await load(targets.twin, durationSeconds, rate);
      const openGateway = await load(targets.gateway, durationSeconds, rate);
      if (scenario.name === 'Q2') gatewayRssAfterQ2 = residentMb(gateway);
      const result: ScenarioResult = {
        scenario,
        closed: { gateway: closedGateway, twin: closedTwin, floor: withFloor ? mean(closed.floor) : null },
        equalFloor,
        open: { rate, gateway: openGateway, twin: openTwin },
        statements: statements.get(scenario.name)!,
        equal,
      };
      results.push(result);
      log(
        `  max: gateway ${Math.round(closedGateway.rps)}/s vs twin ${Math.round(closedTwin.rps)}/s = ${(closedGateway.rps / closedTwin.rps).toFixed(2)}×; ` +
          `at ${Math.round(rate)}/s p50/p99 gateway ${openGateway.p50}/${openGateway.p99} ms, twin ${openTwin.p50}/${openTwin.p99} ms; ` +
          `SQL/request ${result.statements.gateway}/${result.statements.twin}` +
          (result.closed.floor ? `; floor ${Math.round(result.closed.floor.rps)}/s` : ''),
      );
    }
    await gateway.stop();
    await twin.stop();
    await floor.stop();

    let replicas: BenchReport['replicas'] = null;
    if (replicaCount > 1) {
      log(`bench: Q2 over 1 and ${replicaCount} gateway replicas (KEFU_SHARED_EVENTS=postgres) behind a round-robin balancer`);
      const started: Child[] = [];
      for (let i = 0; i < replicaCount; i++) {
        const replica = await startGatewayProcess(dataset.databaseUrl, REPLICA_PORT + i, undefined, { KEFU_SHARED_EVENTS: 'postgres' });
        children.push(replica);
        started.push(replica);
      }
      const balancer = await startBalancer(started.map((r) => r.url), BALANCER_PORT);
      const q2Load = (url: string, seconds: number) =>
        runLoad({ target: { kind: 'gateway', url }, scenario: q2, cookie: cookies.director, variables: (n) => variablesFor('Q2', fixtures, n), durationSeconds: seconds, connections });
      try {
        await q2Load(balancer.url, Math.max(2, Math.round(durationSeconds / 3)));
        const one = await q2Load(started[0]!.url, durationSeconds);
        const many = await q2Load(balancer.url, durationSeconds);
        replicas = { count: replicaCount, one, many };
        log(`  Q2: 1 gateway ${Math.round(one.rps)}/s, ${replicaCount} gateways ${Math.round(many.rps)}/s`);
      } finally {
        await balancer.close();
        for (const r of started) await r.stop();
      }
    }

    const profiles: BenchReport['profiles'] = [];
    const profileDir = join(BENCH_DIR, 'profiles');
    const profiledScenario = SCENARIOS.find((s) => s.name === profiledName);
    if (profiledScenario) {
      mkdirSync(profileDir, { recursive: true });
      // The gateway, then the twin: what GraphQL adds, and what the shared layers cost beside the floor.
      for (const server of ['gateway', 'twin'] as const) {
        log(`bench: CPU profile of the ${server} under ${profiledScenario.name}`);
        const before = new Set(readdirSync(profileDir));
        const profiled =
          server === 'gateway'
            ? await startGatewayProcess(dataset.databaseUrl, GATEWAY_PORT, profileDir)
            : await startTwinProcess(dataset.databaseUrl, TWIN_PORT, profileDir);
        children.push(profiled);
        const target = server === 'gateway' ? ({ kind: 'gateway', url: profiled.url } as const) : ({ kind: 'twin', url: profiled.url } as const);
        const load = (seconds: number) =>
          runLoad({
            target,
            scenario: profiledScenario,
            cookie: cookies[profiledScenario.as],
            variables: (n) => variablesFor(profiledScenario.name, fixtures, n),
            durationSeconds: seconds,
            connections,
          });
        // Warmed up first; the summary counts only the measured load's samples.
        await load(Math.max(2, Math.round(durationSeconds / 3)));
        await load(durationSeconds);
        await profiled.stop();
        // The main thread's profile (thread id 0): the twin's tsx loader writes one of its own for its worker.
        const written = readdirSync(profileDir).filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f) && !before.has(f));
        const newest = written.sort((a, b) => statSync(join(profileDir, b)).mtimeMs - statSync(join(profileDir, a)).mtimeMs)[0];
        if (newest) {
          const path = join(profileDir, newest);
          profiles.push({ server, scenario: profiledScenario.name, path: `packages/bench/profiles/${newest}`, summary: summarizeProfile(path, 12, durationSeconds * 1000) });
          log(`bench: profile saved to ${path}`);
        }
      }
    }

    const report: BenchReport = {
      date: new Date(),
      smoke,
      dataset: {
        tickets, events, seed, sites: dataset.sites.length, siteTickets: site.tickets, reused: dataset.reused, loadSeconds: dataset.loadMs / 1000,
      },
      machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', node: process.version, postgres: postgresVersion, os: `${type()} ${release()}`, loadAverage: { start: loadAtStart, end: loadavg()[0]! }, busyWhileIdle: { before: busyBefore, after: await machineBusyShare() } },
      settings: { durationSeconds, rounds, connections, openConnections: OPEN_CONNECTIONS },
      results,
      pageStatements,
      bundles: [
        initialJs('admin', join(REPO_DIR, 'apps/admin/dist'), 200),
        initialJs('portal', join(REPO_DIR, 'apps/portal/dist'), 80),
      ],
      profiles,
      gatewayRssAfterQ2,
      q5Statement,
      replicas,
      chartFile,
    };
    const markdown = markdownReport(report);
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(reportFile, markdown);
    writeFileSync(join(reportDir, chartFile), svgChart(report));
    log(`\n${markdown}`);
    log(`bench: report written to ${reportFile} (chart ${join(reportDir, chartFile)}) in ${Math.round((Date.now() - started) / 1000)} s`);
    if (results.some((r) => !r.equal)) throw new Error('the gateway and the twin gave different answers');
    // The floor is a yardstick, not a product server: its answers are checked field for field on a
    // fixed dataset in floor-equivalence.integration.test.ts; here a difference is reported (in the
    // log and the report's "same JSON" column) without failing the run.
    if (results.some((r) => r.equalFloor === false)) log('bench: the floor and the gateway gave different answers for ' + results.filter((r) => r.equalFloor === false).map((r) => r.scenario.name).join(', '));
  } finally {
    for (const child of children) await child.stop();
    await pair.close();
    if (smoke && !args.keep) await dropDataset(serverUrl, databaseName);
  }
}

function mean(results: LoadResult[]): LoadResult {
  const avg = (pick: (r: LoadResult) => number) => results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  return {
    rps: avg((r) => r.rps), p50: avg((r) => r.p50), p90: avg((r) => r.p90), p99: avg((r) => r.p99),
    requests: results.reduce((sum, r) => sum + r.requests, 0), failures: results.reduce((sum, r) => sum + r.failures, 0),
  };
}

/** The floor and the gateway asked the same: the same records in the same JSON. */
async function floorAnswersAlike(scenario: Scenario, targets: Record<'gateway' | 'floor', Target>, cookie: string, fixtures: Fixtures): Promise<boolean> {
  for (const n of [0, 1, 2]) {
    const vars = variablesFor(scenario.name, fixtures, n);
    const post = async (url: string, body: unknown) =>
      (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-kefu-csrf': '1' }, body: JSON.stringify(body) })).json()) as unknown;
    const fromGateway = await post(`${targets.gateway.url}/graphql`, { query: scenario.query, variables: vars });
    const fromFloor = await post(`${targets.floor.url}${floorPath(scenario)}`, vars);
    const difference = firstDifference(fromGateway, fromFloor);
    if (difference) {
      log(`  ${scenario.name} request ${n}: first difference at ${difference.path}: gateway ${JSON.stringify(difference.left)}, floor ${JSON.stringify(difference.right)}`);
      return false;
    }
  }
  return true;
}

/** One request to each server process with the same variables; the JSON must be the same. */
async function sameAnswers(scenario: Scenario, targets: Record<'gateway' | 'twin', Target>, cookie: string, fixtures: Fixtures): Promise<boolean> {
  const ask = async (target: Target) => {
    const vars = variablesFor(scenario.name, fixtures, 0);
    const response = await fetch(target.kind === 'gateway' ? `${target.url}/graphql` : `${target.url}${scenario.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-kefu-csrf': '1' },
      body: JSON.stringify(target.kind === 'gateway' ? { query: scenario.query, variables: vars } : vars),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown };
    if (scenario.mutation) recordVersion(fixtures, body);
    return body;
  };
  const fromGateway = await ask(targets.gateway);
  const fromTwin = await ask(targets.twin);
  if (fromGateway.errors || fromTwin.errors || !fromGateway.data) {
    log(`  errors: gateway ${JSON.stringify(fromGateway.errors)} twin ${JSON.stringify(fromTwin.errors)}`);
    return false;
  }
  const said = (difference: ReturnType<typeof firstDifference>) => {
    if (difference) log(`  ${scenario.name}: first difference at ${difference.path}: gateway ${JSON.stringify(difference.left)}, twin ${JSON.stringify(difference.right)}`);
    return difference === null;
  };
  if (!scenario.mutation) return said(firstDifference(fromGateway.data, fromTwin.data));
  // The twin applied the same transition one version later.
  const g = fromGateway.data.assignTicket as { version: number };
  const t = fromTwin.data!.assignTicket as { version: number };
  return said(firstDifference({ ...g, version: g.version + 1, assignee: null }, { ...t, assignee: null }));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
