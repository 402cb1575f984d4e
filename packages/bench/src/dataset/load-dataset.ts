import postgres from 'postgres';
import { hashPassword, insertAccount } from '@kefu/db/accounts';
import { migrate, openDatabase, type Database } from '@kefu/db/engine';
import { insertPosition, insertUnit } from '@kefu/db/org';
import { insertSite } from '@kefu/db/sites';
import { POSITION_CATALOGUE, UNIT_CATALOGUE, type PositionCode, type UnitCode } from '@kefu/domain/org';
import type { RequesterKind } from '@kefu/domain/shared';
import { copyWriter } from './copy-text.js';
import { EVENT_COPY_COLUMNS, generateTickets, TICKET_COPY_COLUMNS, type CopyValue, type SiteCast } from './generate-tickets.js';
import { seededRandom } from '@kefu/domain/testing';
import { sequentialUuid } from './sequential-uuid.js';

export const BENCH_PASSWORD = 'kefu-bench';

/** What one site of the dataset holds, per site. */
export const SITE_SHAPE = { staff: 500, merchants: 2_000, owners: 200, customers: 1_000 } as const;
/** How the tickets split over the three sites: the first is the big mall the scenarios run on. */
const SITE_SHARES = [0.5, 0.3, 0.2] as const;

export type DatasetSpec = { tickets: number; seed: number };

export type BenchSite = {
  siteId: string;
  code: string;
  tickets: number;
  units: SiteCast['units'];
  /** Sign-ins for the scenarios (password BENCH_PASSWORD). */
  logins: { director: string; clerk: string; merchant: string };
};

export type Dataset = DatasetSpec & { databaseUrl: string; anchor: Date; sites: BenchSite[]; reused: boolean; loadMs: number };

type Log = (line: string) => void;

/** `postgres://…/db` with another database name. */
export const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * Makes `name` on the server at `serverUrl` hold the dataset of `spec`: reused as it is when a
 * complete load of the same size and seed is there, loaded from scratch otherwise.
 */
export async function ensureDataset(serverUrl: string, name: string, spec: DatasetSpec, log: Log = () => {}): Promise<Dataset> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`SELECT 1 AS one FROM pg_database WHERE datname = ${name}`;
    if (!exists) await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(serverUrl, name);
  const existing = await readManifest(databaseUrl);
  if (existing && existing.tickets === spec.tickets && existing.seed === spec.seed && existing.format === DATASET_FORMAT) {
    log(`dataset: reusing ${name} (${spec.tickets.toLocaleString('en')} tickets, seed ${spec.seed}, loaded ${existing.anchor.toISOString()})`);
    return { ...existing, databaseUrl, reused: true, loadMs: 0 };
  }
  const started = Date.now();
  const sites = await loadDataset(databaseUrl, spec, new Date(), log);
  return { ...spec, ...sites, databaseUrl, reused: false, loadMs: Date.now() - started };
}

/** Drops the benchmark database. */
export async function dropDataset(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Raised whenever the generated rows change, so an older load is not reused. */
const DATASET_FORMAT = 2;

type Manifest = DatasetSpec & { anchor: Date; sites: BenchSite[]; format?: number };

async function readManifest(databaseUrl: string): Promise<Manifest | null> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [table] = await sql`SELECT to_regclass('public.bench_dataset') AS t`;
    if (!table?.t) return null;
    const [row] = await sql<{ manifest: Manifest }[]>`SELECT manifest FROM bench_dataset WHERE complete`;
    return row ? { ...row.manifest, anchor: new Date(row.manifest.anchor) } : null;
  } finally {
    await sql.end();
  }
}

async function loadDataset(databaseUrl: string, spec: DatasetSpec, anchor: Date, log: Log): Promise<{ anchor: Date; sites: BenchSite[] }> {
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  // Bulk connections skip foreign-key triggers: every reference is generated from rows loaded first.
  const bulk = postgres(databaseUrl, { max: 2, onnotice: () => {}, connection: { session_replication_role: 'replica', synchronous_commit: 'off' } });
  const db = await openDatabase({ databaseUrl, maxConnections: 2 });
  try {
    log('dataset: resetting the schema');
    await sql.unsafe('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await migrate(db);
    await sql.unsafe('CREATE TABLE bench_dataset (manifest jsonb NOT NULL, complete boolean NOT NULL DEFAULT false)');

    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const casts: SiteCast[] = [];
    const sites: BenchSite[] = [];
    for (let i = 0; i < SITE_SHARES.length; i++) {
      const { cast, site } = await loadSitePeople(db, bulk, i + 1, spec.seed, anchor, passwordHash);
      casts.push(cast);
      sites.push({ ...site, tickets: siteTicketCount(spec.tickets, i) });
    }
    log(`dataset: 3 sites, ${SITE_SHAPE.staff} staff, ${SITE_SHAPE.merchants} merchants, ${SITE_SHAPE.owners} owners, ${SITE_SHAPE.customers} customers each`);

    const dropped = await dropTicketIndexes(sql);
    const started = Date.now();
    let done = 0;
    let events = 0;
    for (let i = 0; i < casts.length; i++) {
      const cast = casts[i]!;
      const count = sites[i]!.tickets;
      const tickets = copyWriter(await bulk.unsafe(`COPY tickets (${TICKET_COPY_COLUMNS.join(', ')}) FROM STDIN`).writable());
      const timeline = copyWriter(await bulk.unsafe(`COPY ticket_events (${EVENT_COPY_COLUMNS.join(', ')}) FROM STDIN`).writable());
      for (const generated of generateTickets(cast, count, spec.seed, anchor)) {
        await tickets.write(generated.ticket);
        for (const event of generated.events) await timeline.write(event);
        events += generated.events.length;
        if (++done % 100_000 === 0) log(`dataset: ${done.toLocaleString('en')} tickets, ${events.toLocaleString('en')} events (${Math.round((Date.now() - started) / 1000)} s)`);
      }
      await tickets.end();
      await timeline.end();
      await sql`INSERT INTO site_counters (site_id, name, value) VALUES (${cast.siteId}, 'ticket', ${count})`;
    }
    log(`dataset: ${done.toLocaleString('en')} tickets and ${events.toLocaleString('en')} events copied in ${Math.round((Date.now() - started) / 1000)} s; building indexes`);
    const indexing = Date.now();
    await sql.unsafe("SET maintenance_work_mem = '512MB'");
    for (const definition of dropped) await sql.unsafe(definition);
    await sql.unsafe('ANALYZE');
    log(`dataset: ${dropped.length} indexes built and statistics gathered in ${Math.round((Date.now() - indexing) / 1000)} s`);

    const manifest: Manifest = { ...spec, anchor, sites, format: DATASET_FORMAT };
    await sql`INSERT INTO bench_dataset (manifest, complete) VALUES (${sql.json(JSON.parse(JSON.stringify(manifest)))}, true)`;
    return { anchor, sites };
  } finally {
    await db.close();
    await bulk.end();
    await sql.end();
  }
}

const siteTicketCount = (total: number, index: number): number =>
  index < SITE_SHARES.length - 1 ? Math.round(total * SITE_SHARES[index]!) : total - SITE_SHARES.slice(0, -1).reduce((sum, share) => sum + Math.round(total * share), 0);

/** The queue indexes of tickets and timelines, dropped before the bulk copy and rebuilt after it. */
async function dropTicketIndexes(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ name: string; definition: string }[]>`
    SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename IN ('tickets', 'ticket_events')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`;
  for (const row of rows) await sql.unsafe(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}

/** Clerks per unit: the director, deputy and supervisors hold one seat each, everyone else a clerk's. */
const CLERK_POSITIONS: readonly (readonly [PositionCode, number])[] = [
  ['office_clerk', 20], ['archive_clerk', 5], ['hall_clerk', 30], ['floor_clerk', 35], ['cart_driver', 10],
];
const LEAD_POSITIONS: readonly PositionCode[] = ['director', 'deputy', 'merchant_supervisor', 'floor_supervisor', 'cart_captain'];

async function loadSitePeople(
  db: Database,
  bulk: postgres.Sql,
  siteIndex: number,
  seed: number,
  anchor: Date,
  passwordHash: string,
): Promise<{ cast: SiteCast; site: Omit<BenchSite, 'tickets'> }> {
  const rnd = seededRandom(seed * 7 + siteIndex);
  const code = `bench${siteIndex}`;
  const site = await insertSite(db, { code, name: { zh: `基准商场${siteIndex}`, en: `Benchmark mall ${siteIndex}` }, timeZone: 'Asia/Shanghai' });
  const siteId = site.id;
  const units = new Map<UnitCode, string>();
  for (const template of UNIT_CATALOGUE) {
    const parentId = template.parent ? units.get(template.parent)! : null;
    units.set(template.code, (await insertUnit(db, { siteId, code: template.code, name: template.name, parentId })).id);
  }
  const positions = new Map<PositionCode, { id: string; unit: UnitCode }>();
  for (const { unit, reportsTo, ...template } of POSITION_CATALOGUE) {
    const position = await insertPosition(db, { ...template, siteId, unitId: units.get(unit)!, reportsTo: reportsTo.map((c) => positions.get(c)!.id) });
    positions.set(template.code, { id: position.id, unit });
  }

  const startsOn = new Date(Date.UTC(anchor.getUTCFullYear() - 3, 0, 1));
  const staffRows: CopyValue[][] = [];
  const assignmentRows: CopyValue[][] = [];
  const clerksByUnit = new Map<string, string[]>();
  const holders = new Map<PositionCode, string>();
  for (let i = 0; i < SITE_SHAPE.staff; i++) {
    const staffId = sequentialUuid(rnd, siteIndex * 16 + 3, i);
    const position = i < LEAD_POSITIONS.length ? LEAD_POSITIONS[i]! : rnd.weighted(CLERK_POSITIONS);
    staffRows.push([staffId, siteId, `员工${siteIndex}-${i + 1}`, `B${siteIndex}${String(i + 1).padStart(5, '0')}`, `139${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`, true]);
    assignmentRows.push([sequentialUuid(rnd, siteIndex * 16 + 4, i), siteId, staffId, positions.get(position)!.id, startsOn, null, false]);
    if (!holders.has(position)) holders.set(position, staffId);
    if (i >= LEAD_POSITIONS.length) {
      const unitId = units.get(positions.get(position)!.unit)!;
      clerksByUnit.set(unitId, [...(clerksByUnit.get(unitId) ?? []), staffId]);
    }
  }
  const requesterRows: CopyValue[][] = [];
  const requesters: Record<RequesterKind, string[]> = { merchant: [], owner: [], customer: [] };
  let counter = 0;
  for (const [kind, count] of [['merchant', SITE_SHAPE.merchants], ['owner', SITE_SHAPE.owners], ['customer', SITE_SHAPE.customers]] as const) {
    for (let i = 0; i < count; i++) {
      const id = sequentialUuid(rnd, siteIndex * 16 + 5, counter++);
      const unit = `${String.fromCharCode(65 + (i % 6))}${1 + (i % 3)}-${String(i + 1).padStart(3, '0')}`;
      requesterRows.push([
        id, siteId, kind, kind === 'customer' ? `顾客${i + 1}` : `${kind === 'merchant' ? '商户' : '业主'}${i + 1}`,
        kind === 'merchant' ? `店铺${i + 1}` : null, kind === 'customer' ? null : unit, `138${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`,
      ]);
      requesters[kind].push(id);
    }
  }
  await copyRows(bulk, 'staff (id, site_id, name, employee_no, phone, active)', staffRows);
  await copyRows(bulk, 'assignments (id, site_id, staff_id, position_id, starts_on, ends_on, acting)', assignmentRows);
  await copyRows(bulk, 'requesters (id, site_id, kind, name, shop_name, shop_unit, phone)', requesterRows);

  const clerk = clerksByUnit.get(units.get('merchant_service')!)![0]!;
  const logins = { director: `${code}_director`, clerk: `${code}_clerk`, merchant: `${code}_merchant` };
  await insertAccount(db, { siteId, username: logins.director, passwordHash, locale: 'zh-CN', staffId: holders.get('director')! });
  await insertAccount(db, { siteId, username: logins.clerk, passwordHash, locale: 'zh-CN', staffId: clerk });
  // The busiest shop: the generator picks the first merchants most often.
  await insertAccount(db, { siteId, username: logins.merchant, passwordHash, locale: 'zh-CN', requesterId: requesters.merchant[0]! });

  const unitIds = { merchant: units.get('merchant_service')!, floor: units.get('floor_service')!, shuttle: units.get('shuttle_team')! };
  return {
    cast: { siteId, siteIndex, units: unitIds, clerksByUnit, requesters },
    site: { siteId, code, units: unitIds, logins },
  };
}

async function copyRows(sql: postgres.Sql, target: string, rows: readonly CopyValue[][]): Promise<void> {
  const writer = copyWriter(await sql.unsafe(`COPY ${target} FROM STDIN`).writable());
  for (const row of rows) await writer.write(row);
  await writer.end();
}
