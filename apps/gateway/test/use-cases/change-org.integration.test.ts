import { loadOrgChart } from '@kefu/db/org';
import type { Database, Queryable } from '@kefu/db/engine';
import { enginesUnderTest } from '@kefu/db/testing';
import { ReportingCycleError, SelfReportingError, type OrgChart, type Position } from '@kefu/domain/org';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changeReportingLine } from '../../src/use-cases/org/change-reporting-line.js';
import { startUseCaseHarness } from './use-case-harness.js';

/** Two positions nobody reports to, and neither above the other: each may report to the other, not both. */
function twoLeaves(chart: OrgChart): [Position, Position] {
  const leaves = chart.positions.filter((p) => !chart.positions.some((q) => q.reportsTo.includes(p.id)));
  if (leaves.length < 2) throw new Error('the demo chart has fewer than two leaf positions');
  return [leaves[0]!, leaves[1]!];
}

/** The same database, with a hook its transactions call when asked for one and before each statement they send. */
function watched(db: Database, hooks: { onTransaction?(): void; onStatement?(text: string): Promise<void> | void }): Database {
  return {
    engine: db.engine,
    query: (text, params) => db.query(text, params),
    exec: (script) => db.exec(script),
    close: () => db.close(),
    transaction: (work) => {
      hooks.onTransaction?.();
      return db.transaction((tx) => {
        const watchedTx: Queryable = {
          query: async (text, params) => {
            await hooks.onStatement?.(text);
            return tx.query(text, params);
          },
        };
        return work(watchedTx);
      });
    },
  };
}

const isWrite = (text: string) => /\b(INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b/i.test(text);

describe.each(enginesUnderTest())('org change use cases (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  let siteId: string;
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
    siteId = (await harness.as('director')).principal.siteId;
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.published.mockClear());

  const reportsTo = async (positionId: string) =>
    (await loadOrgChart(harness.db, siteId)).positions.find((p) => p.id === positionId)!.reportsTo;

  it('serializes two concurrent changes per site: the second sees the first and refuses the cycle they would make', async () => {
    const [a, b] = twoLeaves(await loadOrgChart(harness.db, siteId));
    // The second change has asked for its transaction (PGlite runs one at a time) or sent its
    // first statement, the site lock (server PostgreSQL): only then does the first one write,
    // with the chart it read before. Without the lock both would pass the cycle check.
    let secondWaiting!: () => void;
    const second = new Promise<void>((resolve) => (secondWaiting = resolve));
    let firstWrite = true;
    const first = watched(harness.db, {
      onStatement: async (text) => {
        if (isWrite(text) && firstWrite) {
          firstWrite = false;
          await second;
        }
      },
    });
    const other = watched(harness.db, engine === 'pglite' ? { onTransaction: secondWaiting } : { onStatement: () => secondWaiting() });
    // Each alone is fine; together they would close a circle a → b → a.
    const outcomes = await Promise.allSettled([
      changeReportingLine({ ...(await harness.as('director')), db: first }, a.id, [b.id]),
      changeReportingLine({ ...(await harness.as('director')), db: other }, b.id, [a.id]),
    ]);

    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ReportingCycleError);
    const stored = [await reportsTo(a.id), await reportsTo(b.id)];
    expect(stored.filter((lines, i) => lines.includes([b.id, a.id][i]!))).toHaveLength(1);
    // Only the change that committed is announced.
    expect(harness.published.mock.calls).toEqual([['orgChanged', { siteId }]]);
  });

  it('leaves the chart, the cache and the subscribers alone when the domain refuses the change', async () => {
    const [a] = twoLeaves(await loadOrgChart(harness.db, siteId));
    const before = await reportsTo(a.id);
    await expect(changeReportingLine(await harness.as('director'), a.id, [a.id])).rejects.toBeInstanceOf(SelfReportingError);
    expect(await reportsTo(a.id)).toEqual(before);
    expect(harness.published).not.toHaveBeenCalled();
  });

  it('lets the rest of the request decide against the new chart', async () => {
    const director = await harness.as('director');
    const chart = (await director.access()).chart!;
    const [a, b] = twoLeaves(chart);
    const target = chart.positions.find((p) => p.id !== a.id && p.id !== b.id && !p.reportsTo.includes(a.id))!;
    const changed = await changeReportingLine(director, a.id, [target.id]);
    expect(changed.reportsTo).toEqual([target.id]);
    expect((await director.access()).chart!.positions.find((p) => p.id === a.id)!.reportsTo).toEqual([target.id]);
    expect(await reportsTo(a.id)).toEqual([target.id]);
  });
});
