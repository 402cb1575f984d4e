import { InputChecker } from '../shared/validation.js';
import { KPI_CODES, kpiDefinition, type KpiCode, type KpiUnit } from './kpi-catalogue.js';

/** A site's target for one KPI, as set by a manager at a time; the newest is the one in force. */
export type KpiTarget = { siteId: string; kpi: KpiCode; target: number; setById: string; setAt: Date; note: string | null };

export type KpiTargetInput = { kpi: string; target: number; note?: string | null };

/** Bounds of a target per unit. The product's own rule: a rate is 0–100, a score 1–5. */
const TARGET_RANGE: Record<KpiUnit, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  per_mille: { min: 0, max: 1000 },
  count: { min: 0, max: 100_000 },
  score: { min: 1, max: 5 },
};

export const KPI_TARGET_LIMITS = { note: 200 } as const;

/** Checks a target: a known KPI, a number in its unit's range with at most two decimals. */
export const checkKpiTarget = (input: KpiTargetInput): { kpi: KpiCode; target: number; note: string | null } => {
  const checker = new InputChecker().oneOf('kpi', input.kpi, KPI_CODES).text('note', input.note, { max: KPI_TARGET_LIMITS.note });
  const known = (KPI_CODES as readonly string[]).includes(input.kpi);
  if (known) {
    const range = TARGET_RANGE[kpiDefinition(input.kpi as KpiCode).unit];
    const n = input.target;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < range.min || n > range.max || Math.abs(Math.round(n * 100) - n * 100) > 1e-6) {
      checker.add({ field: 'target', rule: 'out_of_range' });
    }
  }
  checker.check();
  const note = input.note?.trim() ?? '';
  return { kpi: input.kpi as KpiCode, target: input.target, note: note === '' ? null : note };
};

/** The target in force: the site's newest, else the seed's own (回访处理率 100%), else none. */
export const targetInForce = (kpi: KpiCode, history: readonly Pick<KpiTarget, 'kpi' | 'target' | 'setAt'>[]): number | null => {
  const newest = history.filter((t) => t.kpi === kpi).sort((a, b) => b.setAt.getTime() - a.setAt.getTime())[0];
  return newest?.target ?? kpiDefinition(kpi).seedTarget;
};
