/**
 * The raw SQL of the KPI facts, the drill-down and the monthly report, in one module so each
 * statement can be timed on its own (docs/perf.md). Every statement reads one site and one
 * time range, through the indexes of migrations 001, 015, 017, 030 and 033:
 * decided tickets by `tickets_resolved_idx` / `tickets_invalid_idx`, received tickets by
 * `tickets_received_idx`, the reception log by `reception_entries_log_idx`, relays by
 * `relays_site_list_idx`, follow-ups by `follow_ups_queue_idx`.
 *
 * Attribution follows @kefu/domain/kpi (kpi-attribution.ts): a ticket counts for its holder at
 * the deciding event (for a ticket judged 无效 with nobody holding it, whoever judged it); a fact
 * counts for the one position its person held that site-local day, the acting one first.
 */

/** The deciding time and holder of every ticket decided in [$2, $3) on site $1. */
const DECIDED = `
  SELECT t.id, t.kind, t.status, t.requester_kind, t.satisfaction,
         CASE WHEN t.status = 'invalid' THEN t.closed_at ELSE t.resolved_at END AS decided_at,
         coalesce(t.assignee_id, (SELECT e.actor_id FROM ticket_events e
                                  WHERE e.ticket_id = t.id AND e.type IN ('resolved', 'marked_invalid')
                                  ORDER BY e.at DESC, e.id DESC LIMIT 1)) AS staff_id
  FROM tickets t
  WHERE t.site_id = $1::uuid AND t.status IN ('resolved', 'followed_up', 'closed') AND t.resolved_at >= $2 AND t.resolved_at < $3
  UNION ALL
  SELECT t.id, t.kind, t.status, t.requester_kind, t.satisfaction, t.closed_at,
         coalesce(t.assignee_id, (SELECT e.actor_id FROM ticket_events e
                                  WHERE e.ticket_id = t.id AND e.type = 'marked_invalid'
                                  ORDER BY e.at DESC, e.id DESC LIMIT 1))
  FROM tickets t
  WHERE t.site_id = $1::uuid AND t.status = 'invalid' AND t.closed_at >= $2 AND t.closed_at < $3`;

/** The one position `staff_id` held on `day`: acting first, then the longest held (kpi-attribution.ts). */
const POSITION_ON_DAY = `
  LEFT JOIN LATERAL (
    SELECT a.position_id FROM assignments a
    WHERE a.staff_id = f.staff_id AND a.starts_on <= f.day AND (a.ends_on IS NULL OR a.ends_on > f.day)
    ORDER BY a.acting DESC, a.starts_on, a.id LIMIT 1
  ) held ON f.staff_id IS NOT NULL`;

/**
 * Every stored KPI fact of site $1 in [$2, $3), summed per person, position held and site-local
 * day ($5 the site's time zone, $4 its reception standard in minutes). A team's, a person's and
 * a period's figures are sums of these rows (@kefu/domain/kpi rollUp).
 */
export const KPI_FACTS_SQL = `
WITH decided AS (${DECIDED}),
ticket_facts AS (
  SELECT staff_id, (decided_at AT TIME ZONE $5::text)::date AS day,
         count(*) AS decided_tickets,
         count(*) FILTER (WHERE kind = 'complaint' AND status <> 'invalid') AS valid_complaints,
         coalesce(sum(satisfaction) FILTER (WHERE status <> 'invalid' AND requester_kind = 'customer'), 0) AS customer_rating_sum,
         count(satisfaction) FILTER (WHERE status <> 'invalid' AND requester_kind = 'customer') AS customer_ratings,
         coalesce(sum(satisfaction) FILTER (WHERE status <> 'invalid' AND requester_kind = 'merchant'), 0) AS merchant_rating_sum,
         count(satisfaction) FILTER (WHERE status <> 'invalid' AND requester_kind = 'merchant') AS merchant_ratings,
         0 AS reception_contacts, 0 AS reception_on_time, 0 AS relays_sent, 0 AS relays_misrouted
  FROM decided GROUP BY 1, 2
),
reception_facts AS (
  SELECT received_by_id, (arrived_at AT TIME ZONE $5::text)::date,
         0, 0, 0, 0, 0, 0,
         count(*),
         count(*) FILTER (WHERE received_at IS NOT NULL AND received_at - arrived_at <= make_interval(mins => $4::int)),
         0, 0
  FROM reception_entries WHERE site_id = $1::uuid AND arrived_at >= $2 AND arrived_at < $3 GROUP BY 1, 2
),
relay_facts AS (
  SELECT relayed_by_id, (relayed_at AT TIME ZONE $5::text)::date,
         0, 0, 0, 0, 0, 0, 0, 0,
         count(*),
         count(*) FILTER (WHERE status = 'returned' AND return_reason = 'not_ours')
  FROM relays WHERE site_id = $1::uuid AND relayed_at >= $2 AND relayed_at < $3 GROUP BY 1, 2
),
base AS (SELECT * FROM ticket_facts UNION ALL SELECT * FROM reception_facts UNION ALL SELECT * FROM relay_facts),
subject_facts AS (
  -- Valid complaints about a member of staff, for that person at the deciding event (complaintCountsFor).
  SELECT t.subject_staff_id, (t.resolved_at AT TIME ZONE $5::text)::date,
         0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
         count(*), 0, 0, 0
  FROM tickets t
  WHERE t.site_id = $1::uuid AND t.kind = 'complaint' AND t.subject_kind = 'staff'
    AND t.status IN ('resolved', 'followed_up', 'closed') AND t.resolved_at >= $2 AND t.resolved_at < $3
  GROUP BY 1, 2
),
followup_facts AS (
  -- Follow-ups due in the period, for their caller (followUpCountsFor); a withdrawn one is no longer owed.
  SELECT caller_id, (due_at AT TIME ZONE $5::text)::date,
         0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
         0,
         count(*),
         count(*) FILTER (WHERE outcome IN ('satisfied', 'not_fixed') AND done_at <= due_at),
         -- Handled whenever done, not only by the period's end: a day's facts must not depend on the
         -- period asked, since stored days are summed into any period (kpi-daily.ts).
         count(*) FILTER (WHERE status = 'done')
  FROM follow_ups
  WHERE site_id = $1::uuid AND due_at >= $2 AND due_at < $3 AND outcome IS DISTINCT FROM 'withdrawn'
  GROUP BY 1, 2
),
f AS (
  SELECT base.*, 0 AS subject_complaints, 0 AS followups_due, 0 AS followups_on_time, 0 AS followups_handled FROM base
  UNION ALL SELECT * FROM subject_facts
  UNION ALL SELECT * FROM followup_facts
)
SELECT f.staff_id, held.position_id, f.day::text AS day,
       sum(decided_tickets)::int AS decided_tickets, sum(valid_complaints)::int AS valid_complaints,
       sum(customer_rating_sum)::int AS customer_rating_sum, sum(customer_ratings)::int AS customer_ratings,
       sum(merchant_rating_sum)::int AS merchant_rating_sum, sum(merchant_ratings)::int AS merchant_ratings,
       sum(reception_contacts)::int AS reception_contacts, sum(reception_on_time)::int AS reception_on_time,
       sum(relays_sent)::int AS relays_sent, sum(relays_misrouted)::int AS relays_misrouted,
       sum(subject_complaints)::int AS subject_complaints, sum(followups_due)::int AS followups_due,
       sum(followups_on_time)::int AS followups_on_time, sum(followups_handled)::int AS followups_handled
FROM f ${POSITION_ON_DAY}
GROUP BY f.staff_id, held.position_id, f.day
ORDER BY f.day, f.staff_id, held.position_id`;

/**
 * The tickets behind a ticket figure: decided in [$2, $3) on site $1 and counted for a person
 * ($4, or null for anyone) in one of the positions $6 (comma-separated ids, null for any), site time zone $5;
 * `$7` picks the fact: 'valid_complaints', 'decided_tickets' or 'ratings'. Newest first, $8 at most.
 */
export const KPI_DRILL_TICKETS_SQL = `
WITH decided AS (${DECIDED}),
f AS (SELECT d.*, (d.decided_at AT TIME ZONE $5::text)::date AS day FROM decided d)
SELECT t.id, t.number, t.kind, t.status, t.severity, t.title, t.satisfaction, t.requester_kind, f.decided_at, f.staff_id, held.position_id
FROM f ${POSITION_ON_DAY}
JOIN tickets t ON t.id = f.id
WHERE ($4::uuid IS NULL OR f.staff_id = $4::uuid)
  AND ($6::text IS NULL OR held.position_id = ANY(string_to_array($6::text, ',')::uuid[]))
  AND CASE $7::text
        WHEN 'valid_complaints' THEN f.kind = 'complaint' AND f.status <> 'invalid'
        WHEN 'ratings' THEN f.status <> 'invalid' AND f.satisfaction IS NOT NULL
        ELSE true END
ORDER BY f.decided_at DESC, t.id DESC
LIMIT $8::int`;

/** Tickets received on site $1 in [$2, $3), counted by kind, channel, severity and requester kind. */
export const REPORT_INTAKE_SQL = `
SELECT kind, channel, severity, requester_kind, count(*)::int AS n,
       count(*) FILTER (WHERE status = 'invalid')::int AS invalid
FROM tickets WHERE site_id = $1::uuid AND received_at >= $2 AND received_at < $3
GROUP BY kind, channel, severity, requester_kind
ORDER BY kind, channel, severity, requester_kind`;

/**
 * SLA compliance per deadline for tickets whose deadline fell in [$2, $3) on site $1: met when the
 * step happened by the deadline; missed when it happened later or has not happened by $3.
 */
export const REPORT_SLA_SQL = `
SELECT 'handover' AS deadline,
       count(*) FILTER (WHERE handed_over_at IS NOT NULL AND handed_over_at <= handover_by)::int AS met,
       count(*)::int AS due
FROM tickets WHERE site_id = $1::uuid AND handover_by >= $2 AND handover_by < $3
UNION ALL
SELECT 'reply',
       count(*) FILTER (WHERE replied_at IS NOT NULL AND replied_at <= reply_by)::int,
       count(*)::int
FROM tickets WHERE site_id = $1::uuid AND reply_by >= $2 AND reply_by < $3
UNION ALL
SELECT 'resolve',
       count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at <= resolve_by)::int,
       count(*)::int
FROM tickets WHERE site_id = $1::uuid AND resolve_by >= $2 AND resolve_by < $3 AND status <> 'invalid'`;

/** Relays sent on site $1 in [$2, $3): how many, misrouted, corrected, answered by their due time. */
export const REPORT_RELAYS_SQL = `
SELECT count(*)::int AS relayed,
       count(*) FILTER (WHERE status = 'returned' AND return_reason = 'not_ours')::int AS misrouted,
       count(*) FILTER (WHERE corrects_relay_id IS NOT NULL)::int AS corrected,
       count(*) FILTER (WHERE replied_at IS NOT NULL AND replied_at <= due_at)::int AS replied_on_time
FROM relays WHERE site_id = $1::uuid AND relayed_at >= $2 AND relayed_at < $3`;

/**
 * Follow-ups (回访) due on site $1 in [$2, $3), withdrawn ones left out, by the definitions of the
 * follow-up facts in KPI_FACTS_SQL: made by their deadline, handled (done, whenever), and how those ended.
 */
export const REPORT_FOLLOWUPS_SQL = `
SELECT count(*)::int AS due,
       count(*) FILTER (WHERE outcome IN ('satisfied', 'not_fixed') AND done_at <= due_at)::int AS on_time,
       count(*) FILTER (WHERE status = 'done')::int AS handled,
       count(*) FILTER (WHERE outcome = 'not_fixed')::int AS not_fixed,
       count(*) FILTER (WHERE outcome = 'unreached')::int AS unreached
FROM follow_ups WHERE site_id = $1::uuid AND due_at >= $2 AND due_at < $3 AND outcome IS DISTINCT FROM 'withdrawn'`;

/** The places (shop units) and kinds that recur most among tickets received on site $1 in [$2, $3); $4 rows each. */
export const REPORT_RECURRING_SQL = `
(SELECT 'unit' AS by, location AS key, count(*)::int AS n
 FROM tickets WHERE site_id = $1::uuid AND received_at >= $2 AND received_at < $3 AND location IS NOT NULL AND location <> ''
 GROUP BY location HAVING count(*) > 1 ORDER BY n DESC, key LIMIT $4::int)
UNION ALL
(SELECT 'category', kind || coalesce('/' || repair_category, ''), count(*)::int AS n
 FROM tickets WHERE site_id = $1::uuid AND received_at >= $2 AND received_at < $3
 GROUP BY kind, repair_category HAVING count(*) > 1 ORDER BY n DESC, 2 LIMIT $4::int)`;
