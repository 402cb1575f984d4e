import type { ComplaintSubjectInput, ComplaintSubjectKind, PeerDepartment } from '../../../gql/graphql';

export const SUBJECT_KINDS = ['STAFF', 'POSITION', 'UNIT', 'DEPARTMENT'] as const satisfies readonly ComplaintSubjectKind[];
export const PEER_DEPARTMENT_VALUES = [
  'LOGISTICS',
  'TECHNICAL',
  'ENGINEERING',
  'LEASING',
  'PROPERTY',
  'MARKETING',
  'ADVERTISING',
  'FLOOR_MANAGER',
] as const satisfies readonly PeerDepartment[];

/** The picker's value: a kind and the one reference it needs (a staff or position id, a unit code, a department). */
export type SubjectValue = { kind: ComplaintSubjectKind; ref: string | null };

/** The API's input for a picked subject; null when nothing (or only a kind) is picked. */
export const toSubjectInput = (value: SubjectValue | null): ComplaintSubjectInput | null => {
  if (!value?.ref) return null;
  switch (value.kind) {
    case 'STAFF':
      return { kind: 'STAFF', staffId: value.ref };
    case 'POSITION':
      return { kind: 'POSITION', positionId: value.ref };
    case 'UNIT':
      return { kind: 'UNIT', unitCode: value.ref };
    case 'DEPARTMENT':
      return { kind: 'DEPARTMENT', department: value.ref as PeerDepartment };
  }
};

/** The gateway's field names (subject.staffId …) as the picker's one error. */
export const SUBJECT_FIELDS: Record<string, string> = {
  'subject.kind': 'subject',
  'subject.staffId': 'subject',
  'subject.positionId': 'subject',
  'subject.unitCode': 'subject',
  'subject.department': 'subject',
};
