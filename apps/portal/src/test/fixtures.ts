import type { RequestDetailFragment, RequestSummaryFragment } from '../gql/graphql';

export const summary = (patch: Partial<RequestSummaryFragment> = {}): RequestSummaryFragment => ({
  __typename: 'MyRequest',
  id: 'TXlSZXF1ZXN0OjE=',
  number: 42,
  kind: 'REPAIR',
  title: '卷帘门卡住',
  description: '店铺卷帘门升到一半卡住了',
  status: 'RECEIVED',
  severity: 'MINOR',
  promisedBy: '2026-11-26T10:00:00.000Z',
  overdue: false,
  resolvedAt: null,
  closedAt: null,
  receivedAt: '2026-11-24T02:00:00.000Z',
  ...patch,
});

export const detail = (patch: Partial<RequestDetailFragment> = {}): RequestDetailFragment => ({
  ...summary(),
  location: 'A1-018',
  preferredContactTime: '工作日 14:00 以后',
  relayedTo: null,
  version: 1,
  canRate: false,
  resolution: null,
  followUp: null,
  photos: [],
  timeline: [
    { at: '2026-11-24T02:00:00.000Z', type: 'CREATED', toStatus: 'RECEIVED', department: null, departmentName: null, reply: null, stars: null, comment: null, reopened: false, supervisorNotified: false },
  ],
  ...patch,
});
