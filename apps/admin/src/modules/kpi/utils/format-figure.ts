import type { KpiUnit } from '../../../gql/graphql';

/** A figure as the screens show it, in its unit; null is "no data", never 0. */
export const formatFigure = (value: number | null, unit: KpiUnit, noData: string): string => {
  if (value === null) return noData;
  switch (unit) {
    case 'PERCENT':
      return `${value.toFixed(value % 1 === 0 ? 0 : 2)}%`;
    case 'PER_MILLE':
      return `${value.toFixed(2)}‰`;
    case 'SCORE':
      return value.toFixed(2);
    case 'COUNT':
      return String(value);
  }
};

/** The last whole month on the device's clock, as YYYY-MM: what a director reviews ("how did last month go"). */
export const lastMonth = (now = new Date()): string => {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
