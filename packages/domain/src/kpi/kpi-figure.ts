import { factsOf, type KpiDefinition, type KpiUnit } from './kpi-catalogue.js';
import { KPI_FACTS, isSourceAvailable, type KpiTallies } from './kpi-facts.js';

/**
 * Why a KPI has no figure: its facts are not stored yet (its context is not built), or nothing
 * happened in the period that it could be a rate or a mean of. Never shown as 0.
 */
export const NO_DATA_REASONS = ['source_pending', 'no_events'] as const;
export type NoDataReason = (typeof NO_DATA_REASONS)[number];

/** A KPI's figure over a period: the value with what it was computed from, or no data. */
export type KpiFigure =
  | { kind: 'value'; value: number; numerator: number; denominator: number | null }
  | { kind: 'no_data'; reason: NoDataReason };

const noData = (reason: NoDataReason): KpiFigure => ({ kind: 'no_data', reason });

/**
 * The figure of one KPI from summed facts. A count is a figure even at 0 (no complaint is the
 * aim, and 0 is the truth when its source is stored); a rate with nothing to divide by and a
 * mean of nothing are no data. The product's own rule, as the issue asks: "no data", never 0.
 */
export const kpiFigure = (kpi: KpiDefinition, tallies: KpiTallies): KpiFigure => {
  if (!factsOf(kpi.formula).every((fact) => isSourceAvailable(KPI_FACTS[fact]))) return noData('source_pending');
  const f = kpi.formula;
  switch (f.kind) {
    case 'count': {
      const count = tallies[f.of] ?? 0;
      return { kind: 'value', value: count, numerator: count, denominator: null };
    }
    case 'ratio': {
      const denominator = tallies[f.denominator] ?? 0;
      if (denominator === 0) return noData('no_events');
      const numerator = tallies[f.numerator] ?? 0;
      return { kind: 'value', value: roundFigure((numerator / denominator) * f.scale), numerator, denominator };
    }
    case 'mean': {
      const count = tallies[f.count] ?? 0;
      if (count === 0) return noData('no_events');
      const sum = tallies[f.sum] ?? 0;
      return { kind: 'value', value: roundFigure(sum / count), numerator: sum, denominator: count };
    }
  }
};

/** Two decimals: what the screens and the report show, so both compare equal. */
export const roundFigure = (value: number): number => Math.round(value * 100) / 100;

/** Red, amber or green against the target; no target set, or no figure, is neither. */
export const KPI_STATUSES = ['green', 'amber', 'red', 'no_target', 'no_data'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/**
 * How far a figure may miss its target and still be amber, per unit. The product's own rule:
 * 5 points of a rate, 1 of a count, a tenth of the target per thousand, 0.3 of a star.
 */
const AMBER_MARGIN: Record<KpiUnit, (target: number) => number> = {
  percent: () => 5,
  count: () => 1,
  per_mille: (target) => Math.max(target * 0.1, 0.1),
  score: () => 0.3,
};

export const kpiStatus = (kpi: Pick<KpiDefinition, 'direction' | 'unit'>, figure: KpiFigure, target: number | null): KpiStatus => {
  if (figure.kind === 'no_data') return 'no_data';
  if (target === null) return 'no_target';
  const shortfall = kpi.direction === 'higher' ? target - figure.value : figure.value - target;
  if (shortfall <= 0) return 'green';
  return shortfall <= AMBER_MARGIN[kpi.unit](target) ? 'amber' : 'red';
};
