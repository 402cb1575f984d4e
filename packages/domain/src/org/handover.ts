import { ValidationError } from '../shared/validation.js';
import type { Staff } from './assignment.js';
import { positionsHeldBy } from './assignments.js';
import type { OrgChart } from './org-chart.js';
import { superiorsOf } from './reporting-lines.js';

/** Where a leaving holder's open tickets and follow-ups go: to a chosen person, or back to the unit's queue. */
export type HandoverTarget = { kind: 'person'; staffId: string } | { kind: 'queue' };

/** Why a person may not take the work over; null when they may. */
export type HandoverRefusal = 'same_person' | 'inactive' | 'outside_unit';

/**
 * Who may take over the open work of someone leaving `positionId` (the product's own rule): an
 * active member of staff other than the one leaving, who on the day holds a position of the same
 * unit, or one the left position reports to (directly or up the line) — someone whose place
 * already lets them see and work that unit's tickets.
 */
export const handoverRefusal = (chart: OrgChart, recipient: Staff, leaving: { staffId: string; positionId: string }, at: Date): HandoverRefusal | null => {
  if (recipient.id === leaving.staffId) return 'same_person';
  if (!recipient.active) return 'inactive';
  const left = chart.positions.find((p) => p.id === leaving.positionId);
  if (!left) return 'outside_unit';
  const above = new Set(superiorsOf(chart, left.id).map((p) => p.id));
  const held = positionsHeldBy(chart, recipient.id, at);
  return held.some((p) => p.unitId === left.unitId || above.has(p.id)) ? null : 'outside_unit';
};

/**
 * Where the leaver's work goes, from the two ways of saying it: a person to hand it to, or back to
 * the unit's queue. Neither: it stays with them (null). Both at once is refused on
 * `returnWorkToQueue` (handover_two_targets), nothing written.
 */
export const handoverTarget = (choice: { handOverTo: string | null; returnWorkToQueue: boolean }): HandoverTarget | null => {
  if (choice.handOverTo !== null && choice.returnWorkToQueue) throw new ValidationError([{ field: 'returnWorkToQueue', rule: 'handover_two_targets' }]);
  if (choice.handOverTo !== null) return { kind: 'person', staffId: choice.handOverTo };
  return choice.returnWorkToQueue ? { kind: 'queue' } : null;
};
