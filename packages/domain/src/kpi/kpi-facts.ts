/**
 * The stored facts KPIs are computed from, each a number summed over a period for one member of
 * staff (see kpi-attribution.ts for whom a fact counts). Storage computes them; the domain only
 * combines them, so a rule over the facts is written once.
 */
export const KPI_FACT_SOURCES = [
  'tickets', // tickets and their timeline (packages/db tickets)
  'reception', // the reception log (来电来访登记)
  'relays', // relays to other departments (信息传达)
  'ratings', // satisfaction given at follow-up or by the requester (tickets.satisfaction)
  'complaint_subjects', // whom a complaint is about (subject columns on tickets, migration 028)
  'followups', // follow-ups owed, their attempts and outcomes (回访, migration 030)
  // Not stored yet: KPIs over these say "no data" until their context is wired in.
  'surveys', // satisfaction surveys (满意度调查)
  'shuttle', // shuttle-cart departures, passenger counts, inspections (导购车辆)
] as const;
export type KpiFactSource = (typeof KPI_FACT_SOURCES)[number];

/** The sources stored today. A source joins this list in the change that stores its facts. */
export const AVAILABLE_FACT_SOURCES: ReadonlySet<KpiFactSource> = new Set<KpiFactSource>([
  'tickets',
  'reception',
  'relays',
  'ratings',
  'complaint_subjects',
  'followups',
]);

export const isSourceAvailable = (source: KpiFactSource): boolean => AVAILABLE_FACT_SOURCES.has(source);

export const KPI_FACTS = {
  /** Complaints decided valid in the period (resolved, not 无效), at their deciding event. */
  valid_complaints: 'tickets',
  /** Tickets of any kind decided in the period: resolved, or judged 无效. */
  decided_tickets: 'tickets',
  /** Reception-log contacts received in the period. */
  reception_contacts: 'reception',
  /** Of those, received within the site's reception standard. */
  reception_on_time: 'reception',
  /** Relays sent in the period. */
  relays_sent: 'relays',
  /** Of those, returned by the department as not theirs (misrouted), even when corrected later. */
  relays_misrouted: 'relays',
  /** Of those, not returned as not theirs: they reached the right department at once. */
  relays_accurate: 'relays',
  /** Satisfaction given by customers (顾客) on tickets decided in the period: sum of stars and count. */
  customer_rating_sum: 'ratings',
  customer_ratings: 'ratings',
  /** The same for merchants (商户). */
  merchant_rating_sum: 'ratings',
  merchant_ratings: 'ratings',
  /**
   * Valid complaints decided in the period whose subject is the person (个人有效投诉), counted for
   * that person at the deciding event (complaintCountsFor). A complaint about a position, a unit or
   * another department is about no one person and counts here for nobody.
   */
  subject_complaints: 'complaint_subjects',
  /**
   * Follow-ups owed in the period (due then; not withdrawn, since a ticket sent back to work before
   * the call no longer owes it), those made by their deadline (the requester reached by `due_at`),
   * and those handled (done: reached, or closed unreached after the last attempt — when
   * they were done does not matter, so a day's count is the same in every period that holds it). Counted for their caller (followUpCountsFor) on the day they fell due. The product's own.
   */
  followups_due: 'followups',
  followups_on_time: 'followups',
  followups_handled: 'followups',
  /** Survey questionnaires planned and completed (满意度调查). */
  surveys_planned: 'surveys',
  surveys_completed: 'surveys',
  /** Scheduled cart departures and those on time (按时出车). */
  departures_scheduled: 'shuttle',
  departures_on_time: 'shuttle',
  /** Passenger-flow counts owed and done (客流统计). */
  flow_counts_due: 'shuttle',
  flow_counts_done: 'shuttle',
  /** Vehicle inspections made (车辆检查). */
  vehicle_inspections: 'shuttle',
} as const satisfies Record<string, KpiFactSource>;
export type KpiFact = keyof typeof KPI_FACTS;
export const KPI_FACT_KEYS = Object.keys(KPI_FACTS) as KpiFact[];

/** The facts stored today: what storage computes. */
export const AVAILABLE_FACTS: readonly KpiFact[] = KPI_FACT_KEYS.filter((fact) => isSourceAvailable(KPI_FACTS[fact]));

/** Summed facts of one person, team or site over a period; a fact not computed is absent. */
export type KpiTallies = Partial<Record<KpiFact, number>>;

/** Sums tallies fact by fact: how a team's or a site's facts are made from its members'. */
export const addTallies = (a: KpiTallies, b: KpiTallies): KpiTallies => {
  const sum: KpiTallies = { ...a };
  for (const fact of Object.keys(b) as KpiFact[]) sum[fact] = (sum[fact] ?? 0) + (b[fact] ?? 0);
  return sum;
};
