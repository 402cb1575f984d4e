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

/** The current month on the device's clock, as YYYY-MM; the gateway reads it on the site's. */
export const thisMonth = (now = new Date()): string => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
