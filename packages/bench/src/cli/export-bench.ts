/*
 * The desk's .xlsx export of 100,000 tickets, measured on the gateway as it ships: the built bundle
 * in a process of its own over server PostgreSQL, its resident memory sampled while the director
 * exports the whole queue of the dataset's largest site (100k tickets of a 200k dataset, on a
 * database of its own). Fails when the gateway's peak RSS passes 200 MB (issue 18: "an export of
 * 100k tickets streams without exceeding 200 MB RSS"), or when the file does not hold every row.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { BENCH_PASSWORD, ensureDataset } from '../dataset/load-dataset.js';
import { buildGateway, startGatewayProcess, type Child } from '../runner/processes.js';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '20260601' },
    // The database the dataset is loaded into (its schema is replaced): one of the bench's own.
    database: { type: 'string', default: 'kefu_bench_export' },
    'limit-mb': { type: 'string', default: '200' },
    // Reuse a built bundle (dist/main.js) instead of building again.
    'no-build': { type: 'boolean', default: false },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** Half of the dataset goes to its first site: 200k tickets make a 100k-ticket queue. */
const DATASET_TICKETS = 200_000;
const GATEWAY_PORT = 4850;
const SAMPLE_MS = 20;
const limitMb = Number(args['limit-mb']);

/** A /proc/<pid>/status field in MB: VmRSS now, VmHWM the peak since the process started. */
const statusMb = (child: Child, field: 'VmRSS' | 'VmHWM'): number => {
  const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${child.process.pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no ${field} for the gateway process (Linux /proc is needed)`);
  return Number(kb) / 1024;
};

async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1' },
    body: JSON.stringify({ query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', variables: { u: username, p: BENCH_PASSWORD } }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login ${username} failed: ${await response.text()}`);
  return cookie;
}

/** Rows in the workbook's first sheet, read with exceljs's streaming reader (the bench's memory, not the gateway's). */
async function countRows(bytes: Buffer): Promise<number> {
  const { Readable } = await import('node:stream');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'ignore', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const _row of sheet) rows++;
    break;
  }
  return rows;
}

async function main() {
  const dataset = await ensureDataset(serverUrl, args.database!, { tickets: DATASET_TICKETS, seed: Number(args.seed) }, log);
  const site = dataset.sites[0]!;
  if (!args['no-build']) {
    log('export bench: building the gateway');
    await buildGateway();
  }
  const gateway = await startGatewayProcess(dataset.databaseUrl, GATEWAY_PORT);
  try {
    const cookie = await login(gateway.url, site.logins.director);
    // One small export first, so the peak below is the export's and not the first request's warm-up.
    await (await fetch(`${gateway.url}/exports/tickets.xlsx`, { method: 'POST', headers: { cookie, 'x-kefu-csrf': '1' }, body: JSON.stringify({ filter: { text: 'KF-1' } }) })).arrayBuffer();
    const before = statusMb(gateway, 'VmRSS');
    let peakSampled = before;
    const started = performance.now();
    const timeline: number[] = [];
    const sampler = setInterval(() => {
      const now = statusMb(gateway, 'VmRSS');
      peakSampled = Math.max(peakSampled, now);
      if (timeline.length * 1000 <= performance.now() - started) timeline.push(Math.round(now));
    }, SAMPLE_MS);
    const response = await fetch(`${gateway.url}/exports/tickets.xlsx`, {
      method: 'POST',
      headers: { cookie, 'x-kefu-csrf': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ filter: null, order: 'DUE' }),
    });
    if (!response.ok || !response.body) throw new Error(`export failed: ${response.status} ${await response.text()}`);
    const total = Number(response.headers.get('x-total-rows'));
    const firstByteMs = performance.now() - started;
    const chunks: Buffer[] = [];
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(Buffer.from(read.value));
    const ms = performance.now() - started;
    clearInterval(sampler);
    const peakLifetime = statusMb(gateway, 'VmHWM');
    const bytes = Buffer.concat(chunks);
    const rows = (await countRows(bytes)) - 1;
    log(`export bench: ${site.code}, ${total.toLocaleString('en')} tickets in the director's queue (X-Total-Rows)`);
    log(`  file: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${rows.toLocaleString('en')} data rows; first byte ${firstByteMs.toFixed(0)} ms, whole file ${(ms / 1000).toFixed(1)} s`);
    log(`  gateway RSS each second (MB): ${timeline.join(' ')}`);
    log(`  gateway RSS: ${before.toFixed(0)} MB before, peak ${peakSampled.toFixed(0)} MB while exporting (sampled every ${SAMPLE_MS} ms), peak ${peakLifetime.toFixed(0)} MB over the process's life (VmHWM); limit ${limitMb} MB`);
    const failures = [
      ...(total < 100_000 ? [`the queue holds ${total} tickets, not 100,000`] : []),
      ...(rows !== total ? [`the file holds ${rows} rows, X-Total-Rows said ${total}`] : []),
      ...(peakLifetime > limitMb ? [`the gateway's peak RSS ${peakLifetime.toFixed(0)} MB is over ${limitMb} MB`] : []),
    ];
    for (const failure of failures) log(`FAIL: ${failure}`);
    if (failures.length === 0) log('export bench: passed');
    process.exitCode = failures.length > 0 ? 1 : 0;
  } finally {
    await gateway.stop();
  }
}

await main();
