import { fromSiteLocalDateTime } from '../sites/site-clock.js';
import { InputChecker } from '../shared/validation.js';

/** KPIs are read by calendar month or by week (Monday to Sunday), on the site's clock. */
export const KPI_PERIOD_KINDS = ['month', 'week'] as const;
export type KpiPeriodKind = (typeof KPI_PERIOD_KINDS)[number];

/** A period: first day and the day after the last (YYYY-MM-DD, site-local), and the instants they start. */
export type KpiPeriod = { kind: KpiPeriodKind; startDay: string; endDay: string; from: Date; to: Date };

const pad = (n: number) => String(n).padStart(2, '0');
const toDay = (utc: Date) => `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);
const addDays = (day: string, days: number) => toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const startOf = (day: string, timeZone: string): Date => fromSiteLocalDateTime(`${day}T00:00`, timeZone) as Date;

const period = (kind: KpiPeriodKind, startDay: string, endDay: string, timeZone: string): KpiPeriod => ({
  kind,
  startDay,
  endDay,
  from: startOf(startDay, timeZone),
  to: startOf(endDay, timeZone),
});

/** The month `YYYY-MM` on the site's clock; a malformed month is a field error on `month`. */
export const monthPeriod = (month: string, timeZone: string): KpiPeriod => {
  const match = MONTH.exec(month);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) new InputChecker().add({ field: 'month', rule: 'invalid_format' }).check();
  const y = Number(match![1]);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  return period('month', `${month}-01`, next, timeZone);
};

/** The week (Monday to Sunday) holding the site-local day `day`. */
export const weekPeriod = (day: string, timeZone: string): KpiPeriod => {
  if (!DAY.test(day) || Number.isNaN(parseDay(day).getTime())) new InputChecker().add({ field: 'day', rule: 'invalid_format' }).check();
  const weekday = (parseDay(day).getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(day, -weekday);
  return period('week', monday, addDays(monday, 7), timeZone);
};

/** The period of `kind` holding site-local `day`. */
export const periodOf = (kind: KpiPeriodKind, day: string, timeZone: string): KpiPeriod =>
  kind === 'month' ? monthPeriod(day.slice(0, 7), timeZone) : weekPeriod(day, timeZone);

/** `count` consecutive periods ending with the one holding `day`, oldest first: a trend's x axis. */
export const trendPeriods = (kind: KpiPeriodKind, day: string, count: number, timeZone: string): KpiPeriod[] => {
  const periods = [periodOf(kind, day, timeZone)];
  while (periods.length < count) periods.unshift(periodOf(kind, addDays(periods[0]!.startDay, -1), timeZone));
  return periods;
};
