import type { Action, ViewerQuery } from '../gql/graphql';

type Viewer = NonNullable<ViewerQuery['viewer']>;

const ALL_ACTIONS: Action[] = [
  'ORG_ASSIGNMENT_EDIT', 'ORG_POSITION_EDIT', 'ORG_REPORTING_LINE_EDIT', 'ORG_VIEW', 'STAFF_APPRAISE', 'STAFF_EDIT',
  'STAFF_VIEW', 'TICKET_ASSIGN', 'TICKET_CLOSE', 'TICKET_CREATE', 'TICKET_ESCALATE', 'TICKET_FOLLOW_UP',
  'TICKET_MARK_INVALID', 'TICKET_RELAY', 'TICKET_REOPEN', 'TICKET_RESOLVE', 'TICKET_START', 'TICKET_VIEW',
];

export function viewerFixture(overrides: Partial<Viewer> = {}): Viewer {
  return {
    __typename: 'Viewer',
    username: 'director',
    kind: 'STAFF',
    mustChangePassword: false,
    siteActions: ALL_ACTIONS,
    siteTimeZone: 'Asia/Shanghai',
    staff: { __typename: 'Staff', id: 'U3RhZmY6MQ==', name: '王经理', employeeNo: 'KF-001' },
    positions: [
      { __typename: 'Position', id: 'UG9zaXRpb246MQ==', code: 'director', title: { __typename: 'LocalizedText', zh: '客户服务部经理', en: 'Director of customer service' } },
    ],
    ...overrides,
  };
}

/** A clerk who may see tickets and the org chart but change nothing in it. */
export function clerkViewerFixture(): Viewer {
  return viewerFixture({
    username: 'cart_driver',
    siteActions: ['ORG_VIEW', 'STAFF_VIEW', 'TICKET_VIEW', 'TICKET_START', 'TICKET_RESOLVE'],
    staff: { __typename: 'Staff', id: 'U3RhZmY6OQ==', name: '李导购', employeeNo: 'KF-020' },
    positions: [
      { __typename: 'Position', id: 'UG9zaXRpb246MTA=', code: 'cart_driver', title: { __typename: 'LocalizedText', zh: '导购车辆导购', en: 'Shuttle-cart guide' } },
    ],
  });
}
