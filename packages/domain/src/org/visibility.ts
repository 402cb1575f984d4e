import type { RecordFacts } from './permission-context.js';

/**
 * Which records of a context a viewer may see, as data storage turns into a filter (always
 * combined with the viewer's site): every record, those of the listed units or belonging to the
 * listed staff or carrying one of the listed tags, a requester's own, or nothing.
 */
export type Visibility =
  | { kind: 'site' }
  | { kind: 'scoped'; unitIds: string[]; staffIds: string[]; tags?: string[] }
  | { kind: 'requester'; requesterId: string }
  | { kind: 'none' };

/** The filter evaluated in memory, for a record of the viewer's site: what storage's SQL must agree with. */
export const isVisible = (visibility: Visibility, facts: RecordFacts): boolean => {
  switch (visibility.kind) {
    case 'site':
      return true;
    case 'none':
      return false;
    case 'requester':
      return facts.requesterId === visibility.requesterId;
    case 'scoped':
      return (
        (facts.unitId !== null && visibility.unitIds.includes(facts.unitId)) ||
        facts.staffIds.some((id) => id !== null && visibility.staffIds.includes(id)) ||
        (facts.tags ?? []).some((tag) => visibility.tags?.includes(tag) === true)
      );
  }
};
