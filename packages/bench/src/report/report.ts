import type { Scenario } from '../scenarios/scenarios.js';
import type { LoadResult } from '../runner/load.js';
import type { BundleSize } from './bundle-sizes.js';
import type { ProfileSummary } from './cpu-profile.js';

export type ScenarioResult = {
  scenario: Scenario;
  /** The floor runs the reads (Q1–Q4) only. */
  closed: { gateway: LoadResult; twin: LoadResult; floor: LoadResult | null };
  equalFloor: boolean | null;
  open: { rate: number; gateway: LoadResult; twin: LoadResult };
  statements: { gateway: number; twin: number };
  equal: boolean;
};

export type BenchReport = {
  date: Date;
  smoke: boolean;
  dataset: { tickets: number; events: number; seed: number; sites: number; siteTickets: number; reused: boolean; loadSeconds: number };
  machine: { cores: number; cpu: string; node: string; postgres: string; os: string; loadAverage: { start: number; end: number };
    /** The machine's busy CPU share while the bench ran nothing, just before and just after: other work. */
    busyWhileIdle: { before: number | null; after: number | null } };
  settings: { durationSeconds: number; rounds: number; connections: number; openConnections: number };
  results: ScenarioResult[];
  pageStatements: { first: number; gateway: number; twin: number; rows: number }[];
  bundles: BundleSize[];
  profiles: { server: 'gateway' | 'twin'; scenario: string; path: string; summary: ProfileSummary }[];
  /** The gateway process's resident set after the Q2 runs, MB; null when Q2 did not run. */
  gatewayRssAfterQ2: number | null;
  /** Q2 over one and two gateway replicas behind a round-robin balancer (`--replicas 2`). */
  replicas: { count: number; one: LoadResult; many: LoadResult } | null;
  /** Q5's statement alone, sequentially in-process (ms): the counters and the count(*) they replace. */
  q5Statement: { counters: { p50: number; p99: number }; countStar: { p50: number; p99: number } };
  chartFile: string;
};

const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 25;
const TARGET_STATEMENTS = 3;

const f0 = (n: number) => Math.round(n).toLocaleString('en');
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
/** p50 / p99, or a dash when no request finished within the run. */
const latency = (l: LoadResult) => (l.requests === 0 ? '— (none finished)' : `${f1(l.p50)} / ${f1(l.p99)}`);
const ratioOf = (r: ScenarioResult) => (r.closed.twin.rps > 0 ? r.closed.gateway.rps / r.closed.twin.rps : 0);
const TARGET_FLOOR_RATIO = 0.64;
const TARGET_RSS_MB = 250;
const over = (a: LoadResult | null, b: LoadResult | null) => (a && b && b.rps > 0 ? a.rps / b.rps : null);
const ratioCell = (ratio: number | null) => (ratio === null ? '—' : `${f2(ratio)}×`);
const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**');

/** The ratio chart as text, for terminals and the markdown itself. */
function textChart(results: ScenarioResult[]): string {
  const width = 40;
  return results
    .map((r) => {
      const ratio = ratioOf(r);
      const bar = '█'.repeat(Math.max(1, Math.round(Math.min(ratio, 1.25) * width)));
      return `${r.scenario.name}  ${bar.padEnd(Math.round(1.25 * width))} ${f2(ratio)}×`;
    })
    .join('\n');
}

/** The ratio chart as SVG: one bar per scenario, the 0.8 target and parity marked. */
export function svgChart(report: BenchReport): string {
  const rowHeight = 34;
  const left = 60;
  const scale = 400;
  const height = report.results.length * rowHeight + 70;
  const x = (ratio: number) => left + Math.min(ratio, 1.25) * scale;
  const bars = report.results
    .map((r, i) => {
      const ratio = ratioOf(r);
      const y = 40 + i * rowHeight;
      const color = ratio >= TARGET_RATIO ? '#2f855a' : '#c05621';
      return `<text x="10" y="${y + 17}" font-size="14">${r.scenario.name}</text>
<rect x="${left}" y="${y}" width="${x(ratio) - left}" height="22" fill="${color}"/>
<text x="${x(ratio) + 6}" y="${y + 16}" font-size="13">${f2(ratio)}× (${f0(r.closed.gateway.rps)} / ${f0(r.closed.twin.rps)} req/s)</text>`;
    })
    .join('\n');
  const mark = (ratio: number, label: string) =>
    `<line x1="${x(ratio)}" y1="30" x2="${x(ratio)}" y2="${height - 25}" stroke="#555" stroke-dasharray="4 3"/><text x="${x(ratio) - 14}" y="${height - 8}" font-size="12">${label}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + 1.25 * scale + 220}" height="${height}" font-family="sans-serif">
<text x="10" y="20" font-size="15" font-weight="bold">Gateway throughput as a share of the raw twin's (${f0(report.dataset.tickets)} tickets)</text>
${bars}
${mark(TARGET_RATIO, '0.8')}
${mark(1, '1.0')}
</svg>
`;
}

/** Busy CPU while the bench ran nothing, over this share, means other work shared the machine. */
const OTHER_WORK_LIMIT = 0.25;

const noisy = (machine: BenchReport['machine']): boolean => {
  const { before, after } = machine.busyWhileIdle;
  if (before === null || after === null) return machine.loadAverage.start > machine.cores || machine.loadAverage.end > machine.cores;
  return before > OTHER_WORK_LIMIT || after > OTHER_WORK_LIMIT;
};

const otherWork = (machine: BenchReport['machine']): string => {
  const { before, after } = machine.busyWhileIdle;
  return before === null || after === null
    ? `The 1-minute load average was ${f1(machine.loadAverage.start)} at the start and ${f1(machine.loadAverage.end)} at the end on ${machine.cores} cores`
    : `With the bench itself idle, the machine's CPUs were ${pct(before)} busy just before the run and ${pct(after)} just after it (other work; over ${pct(OTHER_WORK_LIMIT)} counts as noisy)`;
};

export function markdownReport(report: BenchReport): string {
  const { dataset, machine, settings, results } = report;
  const lines: string[] = [];
  const byName = new Map(results.map((r) => [r.scenario.name, r]));
  lines.push(
    report.smoke ? '# kefu performance — smoke run' : '# kefu performance',
    '',
    'Every figure is the gateway beside its practical limit, measured in the same run on the same machine: a raw',
    '`node:http` + postgres.js twin (`packages/bench/src/twin`) that answers the same operations with the same SQL (the',
    'same `@kefu/db` repository functions), the same session check, the same domain rules and the same JSON. The machine is',
    'shared and noisy, so the ratio is the figure that matters; absolute numbers are for this run only.',
    '',
    `Run ${report.date.toISOString()} with \`pnpm bench --tickets ${dataset.tickets >= 1_000_000 ? `${dataset.tickets / 1_000_000}m` : `${dataset.tickets / 1000}k`} --duration ${settings.durationSeconds}${report.replicas ? ` --replicas ${report.replicas.count}` : ''}${report.smoke ? ' --smoke' : ''}\`.`,
    '',
    ...(noisy(machine)
      ? [
          `> **Not a quiet machine.** ${otherWork(machine)}: other work shared the CPUs, so every throughput and latency below measures contention as much as the servers. Ratios between servers run back to back are indicative only, and small figures (a few requests per second) say nothing about scaling. The targets call for a run on a quiet machine at 1M tickets; this is not that run.`,
          '',
        ]
      : [`> **A quiet machine.** ${otherWork(machine)}.`, '']),
    '## Setup',
    '',
    `- **Dataset**: ${f0(dataset.tickets)} tickets and ${f0(dataset.events)} timeline events over ${dataset.sites} sites (seed ${dataset.seed}); the scenarios run on the largest site (${f0(dataset.siteTickets)} tickets). Per site: the seeded org chart (10 positions), 500 staff, 2,000 merchants, 200 owners, 1,000 customers. ${dataset.reused ? 'Reused from an earlier load.' : `Loaded in ${f0(dataset.loadSeconds)} s (COPY, indexes after).`}`,
    `- **Machine**: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, PostgreSQL ${machine.postgres}, ${machine.os}. Load generator (autocannon), both servers and PostgreSQL share these cores; the 1-minute load average, theirs included, was ${f1(machine.loadAverage.start)} when the run began and ${f1(machine.loadAverage.end)} when it ended.`,
    `- **Servers**: the gateway as built (\`apps/gateway/dist/main.js\`, \`NODE_ENV=production\`, demo seed off) and the twin, each in its own process with a pool of 10 connections; signed in with the same session cookie.`,
    `- **Method**: per scenario, both servers warmed up, then ${settings.rounds > 1 ? `${settings.rounds} alternating rounds each (twin, gateway, gateway, twin …)` : 'one round each'} of ${settings.durationSeconds} s at maximum throughput (closed loop, ${settings.connections} connections), then ${settings.durationSeconds} s each at a fixed rate of 50% of the twin's maximum (open loop, ${settings.openConnections} connections) for latency under load. Latencies in ms.`,
    '',
    '## Results',
    '',
    '| scenario | gateway req/s | twin req/s | ratio | gateway p50 / p99 (max) | twin p50 / p99 (max) | rate (50%) | gateway p50 / p99 at 50% | twin p50 / p99 at 50% | SQL per request gateway / twin | same JSON |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
    ...results.map(
      (r) =>
        `| **${r.scenario.name}** ${r.scenario.title} | ${f0(r.closed.gateway.rps)} | ${f0(r.closed.twin.rps)} | **${f2(ratioOf(r))}×** | ${latency(r.closed.gateway)} | ${latency(r.closed.twin)} | ${f0(r.open.rate)}/s | ${latency(r.open.gateway)} | ${latency(r.open.twin)} | ${r.statements.gateway} / ${r.statements.twin} | ${r.equal ? 'yes' : '**no**'} |`,
    ),
    '',
    `Failed requests (errors, timeouts, non-2xx) across all runs: gateway ${f0(results.reduce((s, r) => s + r.closed.gateway.failures + r.open.gateway.failures, 0))}, twin ${f0(results.reduce((s, r) => s + r.closed.twin.failures + r.open.twin.failures, 0))}.`,
    '',
    '```text',
    'gateway / twin throughput (closed loop)',
    textChart(results),
    '```',
    '',
    `![gateway / twin throughput](${report.chartFile})`,
    '',
    '### Three servers: gateway, twin, floor',
    '',
    'The floor (`packages/bench/src/floor`) is hand-written SQL that yields the answer\'s fields in their JSON form, written',
    'out with `JSON.stringify` over `node:http` and postgres.js (prepared statements): no repositories, no domain objects, no',
    'GraphQL, no org chart. It answers the reads (Q1–Q4) with the same records as the gateway, checked before each run',
    '(and in `floor-equivalence.integration.test.ts`): what the machine costs. Targets: gateway ≥ 0.8× twin, twin ≥ 0.8× floor,',
    'so gateway ≥ 0.64× floor.',
    '',
    '| scenario | gateway req/s | twin req/s | floor req/s | gateway / twin | twin / floor | gateway / floor | floor same JSON |',
    '|---|---:|---:|---:|---:|---:|---:|:---:|',
    ...results.map(
      (r) =>
        `| **${r.scenario.name}** | ${f0(r.closed.gateway.rps)} | ${f0(r.closed.twin.rps)} | ${r.closed.floor ? f0(r.closed.floor.rps) : '—'} | ${ratioCell(over(r.closed.gateway, r.closed.twin))} | ${ratioCell(over(r.closed.twin, r.closed.floor))} | ${ratioCell(over(r.closed.gateway, r.closed.floor))} | ${r.equalFloor === null ? '—' : r.equalFloor ? 'yes' : '**no**'} |`,
    ),
    '',
    ...(report.gatewayRssAfterQ2 === null
      ? []
      : [`Gateway resident memory (RSS) after the Q2 runs (${settings.rounds * settings.durationSeconds + Math.max(2, Math.round(settings.durationSeconds / 3)) + settings.durationSeconds} s of Q2 load): **${f0(report.gatewayRssAfterQ2)} MB** (target < ${TARGET_RSS_MB} MB — ${verdict(report.gatewayRssAfterQ2 < TARGET_RSS_MB)}).`, '']),
    ...(report.replicas
      ? [
          `### Q2 over ${report.replicas.count} gateway replicas`,
          '',
          `The same Q2 load (closed loop, ${settings.connections} connections) against one gateway and against ${report.replicas.count} gateway processes behind a round-robin balancer inside the bench (\`src/runner/balancer.ts\`), on the same database and the same cores:`,
          '',
          '| gateways | req/s | p50 / p99 ms |',
          '|---:|---:|---:|',
          `| 1 | ${f0(report.replicas.one.rps)} | ${latency(report.replicas.one)} |`,
          `| ${report.replicas.count} | ${f0(report.replicas.many.rps)} | ${latency(report.replicas.many)} |`,
          '',
          `Scaling: ${f2(report.replicas.many.rps / Math.max(1, report.replicas.one.rps))}× with ${report.replicas.count} replicas.`,
          '',
        ]
      : []),
    '### Q5: dashboard counts from counters',
    '',
    `The counts by status and severity come from \`ticket_counts\` (migration 010), one row per site, status and severity, kept by a trigger in the same transaction as every ticket write (a property test checks them against count(*) after random writes on both engines). The statement alone, 200 times in a row in-process on the ${f0(dataset.siteTickets)}-ticket site: **p50 ${f2(report.q5Statement.counters.p50)} ms** (p99 ${f2(report.q5Statement.counters.p99)} ms), against p50 ${f2(report.q5Statement.countStar.p50)} ms (p99 ${f2(report.q5Statement.countStar.p99)} ms) for the count(*) it replaced. The Q5 row above is the whole request under load, queueing included. The price is on the write side: a ticket write that changes status or severity updates two counter rows (in key order, so opposite moves cannot deadlock), and concurrent writes to the same site, status and severity wait on that row until the writer commits; M1 above pays it.`,
    '',
    '### SQL statements per request, by page size (Q2)',
    '',
    'Counted at the storage seam (`onQuery`), after one warm-up request (the org chart is cached per site), including the session check:',
    '',
    '| first | rows | gateway | twin |',
    '|---:|---:|---:|---:|',
    ...report.pageStatements.map((p) => `| ${p.first} | ${p.rows} | ${p.gateway} | ${p.twin} |`),
    '',
    '## Targets',
    '',
  );
  const q2 = byName.get('Q2');
  const q4 = byName.get('Q4');
  for (const r of [q2, q4]) {
    if (r) lines.push(`- ${r.scenario.name} gateway ≥ ${TARGET_RATIO}× the twin's throughput: ${f2(ratioOf(r))}× — ${verdict(ratioOf(r) >= TARGET_RATIO)}.`);
  }
  if (q2) {
    const overloaded = q2.closed.gateway.rps < q2.open.rate;
    lines.push(
      `- Q2 p99 < ${TARGET_P99_MS} ms at 50% load: ${f1(q2.open.gateway.p99)} ms (twin ${f1(q2.open.twin.p99)} ms) — ${verdict(q2.open.gateway.p99 < TARGET_P99_MS)}${dataset.tickets < 1_000_000 ? ` (on ${f0(dataset.tickets)} tickets, not 1M)` : ''}.` +
        (overloaded ? ` The fixed rate (${f0(q2.open.rate)}/s, half the twin's maximum) is above the gateway's own maximum (${f0(q2.closed.gateway.rps)}/s), so the gateway's figure is queueing, not service time.` : ''),
    );
  }
  for (const r of results.filter((x) => x.closed.floor)) {
    const ratio = over(r.closed.gateway, r.closed.floor)!;
    lines.push(`- ${r.scenario.name} gateway ≥ ${TARGET_FLOOR_RATIO}× the floor's throughput: ${f2(ratio)}× — ${verdict(ratio >= TARGET_FLOOR_RATIO)}.`);
  }
  const queries = results.filter((r) => !r.scenario.mutation);
  const maxStatements = Math.max(...queries.map((r) => r.statements.gateway), ...report.pageStatements.map((p) => p.gateway));
  lines.push(`- ≤ ${TARGET_STATEMENTS} SQL statements per query scenario, whatever the page size: at most ${maxStatements} — ${verdict(maxStatements <= TARGET_STATEMENTS)}.`);
  for (const b of report.bundles) {
    lines.push(
      b.gzipKb === null
        ? `- ${b.app} initial JS ≤ ${b.budgetKb} KB gzip: not built (\`apps/${b.app}/dist\` absent when this ran).`
        : `- ${b.app} initial JS ≤ ${b.budgetKb} KB gzip: ${f1(b.gzipKb)} KB (${b.files.join(', ')}) — ${verdict(b.gzipKb <= b.budgetKb)}.`,
    );
  }
  lines.push(
    '',
    '## What the gateway does per request that the twin does not',
    '',
    'Both servers send the same statements (table above), so the gap is JavaScript in the gateway process:',
    '',
    '- **Fetch API adaptation**: Yoga runs on `@whatwg-node/server`, which turns each Node request into a WHATWG `Request` (headers, body stream, abort signal) and the `Response` back; the twin reads the body and writes one buffer.',
    '- **The envelop pipeline**: CSRF check, request limits (tokens, depth, aliases, directives, cost), the error mapper and masking, the response-cookie hook; parse and validation results are cached per document, so these are per-request bookkeeping, not re-validation.',
    '- **Execution**: compiled by graphql-jit (`@envelop/graphql-jit`, queries and mutations; subscriptions stay on graphql-js). Every object type still has its authorization rule, and Pothos scope-auth wraps each field of a type with a rule in a step runner; the rule itself runs once per object and is cached. (Pothos\' `runScopesOnType`, which would check the rule once per object instead, relies on `isTypeOf`, which graphql-jit calls without the request\'s context: it would not check the rule there, so it is not used.)',
    '- **A structured access-log line per request** (`logger.info(\'request\', …)`), written synchronously to stdout.',
    '- **Allocation**: Request/Response objects, promises per resolver step and per-request DataLoaders show up as garbage-collector time.',
    '',
    'Changes made for this benchmark, in the gateway and storage:',
    '',
    '- A queue page (`tickets`) and a ticket by id (`node`, `ticket`, the tickets DataLoader) read the requester and the assignee in the same statement (`listTicketsWithParties`, `findTicketsWithPartiesByIds` in `@kefu/db`: a LEFT JOIN on the page\'s rows) and prime the requester and staff DataLoaders: a page costs the session check and one statement whatever its size (it was four). Sessions are still checked against the database on every request, so revocation stays immediate.',
    '- Record-level rules answer without a promise once the request\'s access has loaded (`loadedAccess`): Ticket\'s rule and the `can` scope no longer turn every field of every row into a promise chain.',
    '- Every statement with parameters goes out as a named prepared statement on the server engine (`postgres-engine.ts`, `prepare: true`): parsed and planned once per connection. The repositories build their text from the shape of a request only, never its values, so the set stays bounded (`ticket-queue.shapes.test.ts` enumerates the queue\'s 194,400 filter shapes: 193,995 distinct texts, the same text whatever the values). PGlite runs in-process and keeps its unnamed statements.',
    '- Q5 reads the counters of migration 010 for a site-wide viewer instead of counting rows.',
    '- graphql-jit compiles queries and mutations; custom scalars reject bad input with a `GraphQLError`, so compiled and interpreted execution report it alike (`BAD_USER_INPUT`).',
    '- scope-auth\'s step runner (`patches/@pothos__plugin-scope-auth@4.2.1.patch`) calls a field\'s checks and then its resolver directly, the same steps in the same order, instead of allocating a closure and a setter per field and row: in a sampled allocation profile of Q2 it was 27% of the gateway\'s allocated bytes, and minor collections fell by about a quarter with it.',
    '- The gateway runs with `--max-old-space-size=1536` (`apps/gateway/node-flags.json`, read by `npm start`, the package\'s `start` script and this bench). The old generation\'s live data under Q2 is 35–60 MB, but with the default limit (about 4 GB on this machine) V8 lets the heap grow to 130–150 MB between full collections, and resident memory reached 250–275 MB. Below 2 GB V8 grows the heap by a smaller factor. Measured on the 1M dataset, quiet machine, Q1/Q2/Q5 one after the other: with no cap, RSS 267 MB and gateway 1,292 / 314 / 2,579 req/s; with 1.5 GB, 189 MB and 1,352 / 325 / 2,517 req/s; with 1 GB, 174 MB but 1,189 / 297 / 2,038 req/s (four times the full collections). 2 GB behaved like no cap. 1.5 GB keeps the throughput and meets the memory target.',
  );
  lines.push(
    '',
    '## Scaling out',
    '',
    'Several gateway processes can serve one server PostgreSQL. What holds state where:',
    '',
    '- **The database holds everything that must agree**: tickets, sessions (checked on every request, so a sign-out or a revocation on one replica is refused on every other at its next request), idempotency keys, the org chart itself, the dashboard counters (maintained in the writing transaction).',
    '- **Per process, as caches only**: the org chart per site (dropped on `orgChanged`, reloaded after 30 s at the latest), parsed documents, DataLoaders (per request). SSE subscribers are held by the replica they connected to.',
    '- **Shared events** (`KEFU_SHARED_EVENTS=postgres`, off by default and refused on the embedded database): the pub/sub seam (`apps/gateway/src/pubsub`) gets an event target over PostgreSQL LISTEN/NOTIFY on one channel, `kefu_events`. Each replica hears its own events at once and the others\' when the notification arrives, so a portal subscriber on B sees a change made on A, and an org-chart edit on A drops B\'s cached chart. Chosen over Redis because the server PostgreSQL is already there: nothing new to run, secure or monitor, and kefu\'s events are a few small ids per write, far inside NOTIFY\'s 8,000-byte payloads and its throughput. Redis would be the choice for event volumes PostgreSQL should not carry; the seam takes either without resolvers changing. Tested in `apps/gateway/test/replicas.integration.test.ts` (two gateway processes as built, each with its own pool, cache and event target, on one server database, in `.ci/run`).',
    '- **Safe to run N times**: every request path (state is in the database; versions and idempotency keys settle concurrent writes); migrations (each runs in a transaction that takes an advisory lock and re-checks `schema_migrations`, so replicas started together apply each file once); the demo seed and site setup (transaction advisory locks); the abandoned-photo sweep, which needs no lock: it is one `DELETE … WHERE`, and PostgreSQL lets each row go to one sweep only.',
    '',
    ...(report.replicas
      ? [`Measured in this run: Q2 ${f0(report.replicas.one.rps)} req/s on one gateway, ${f0(report.replicas.many.rps)} req/s on ${report.replicas.count} behind the bench's balancer (${f2(report.replicas.many.rps / Math.max(1, report.replicas.one.rps))}×). The replicas, the balancer, the load generator and PostgreSQL share the same ${machine.cores} cores, so this shows that replicas work together, not what separate machines would add.`]
      : ['Run `pnpm bench --replicas 2` for Q2 on two replicas behind a round-robin balancer beside one.']),
  );
  for (const { server, scenario, path, summary } of report.profiles) {
    lines.push(
      '',
      `## Where the ${server} spends ${scenario}`,
      '',
      `CPU profile of the ${server} process under the ${scenario} load (\`--cpu-prof\`, after a warm-up; only the measured load's samples are counted), saved to \`${path}\` (not committed). Self time as a share of the process's busy time (${pct(summary.busyShare)} of the load was busy):`,
      '',
      '| owner | share |',
      '|---|---:|',
      ...summary.byOwner.map((o) => `| ${o.name} | ${pct(o.share)} |`),
      '',
      '| function | share |',
      '|---|---:|',
      ...summary.byFunction.map((o) => `| ${o.name.replace(/\|/g, '\\|')} | ${pct(o.share)} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}
