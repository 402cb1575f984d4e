import type { RecordFacts } from './permission-context.js';

/** The subjects a supervisor's records may be about (RecordFacts.about): staff, positions and unit codes below them. */
export type SubjectsBelow = { staffIds: string[]; positionIds: string[]; unitCodes: string[] };

const isAbout = (below: SubjectsBelow | undefined, facts: RecordFacts): boolean => {
  const about = facts.about;
  if (!below || !about) return false;
  return (
    (about.staffId !== null && below.staffIds.includes(about.staffId)) ||
    (about.positionId !== null && below.positionIds.includes(about.positionId)) ||
    (about.unitCode !== null && below.unitCodes.includes(about.unitCode))
  );
};

/**
 * Which records of a context a viewer may see, as data storage turns into a filter (always
 * combined with the viewer's site): every record, those of the listed units or belonging to the
 * listed staff or carrying one of the listed tags, a requester's own, or nothing.
 */
export type Visibility =
  | { kind: 'site' }
  | { kind: 'scoped'; unitIds: string[]; staffIds: string[]; tags?: string[]; about?: SubjectsBelow }
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
        (facts.tags ?? []).some((tag) => visibility.tags?.includes(tag) === true) ||
        isAbout(visibility.about, facts)
      );
  }
};
