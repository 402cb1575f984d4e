import type { TicketCommand, TicketDetailFragment, TicketEventItemFragment, TicketListItemFragment } from '../../../gql/graphql';

/** Global ids as the gateway makes them (base64 of `Ticket:<uuid>`). */
export const TICKET_ID = btoa('Ticket:8d4f6a1e-0000-4000-8000-000000000001');

const HOUR = 3_600_000;
const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();

export function eventFixture(overrides: Partial<TicketEventItemFragment> = {}): TicketEventItemFragment {
  return {
    __typename: 'TicketEvent',
    id: 'event-1',
    at: at(-3),
    type: 'CREATED',
    fromStatus: null,
    toStatus: 'RECEIVED',
    actorKind: 'STAFF',
    actor: { __typename: 'Staff', id: btoa('Staff:hall'), name: '陈大厅' },
    assignee: null,
    department: null,
    departmentName: null,
    note: null,
    satisfaction: null,
    resolverBecameHandler: false,
    visibleToRequester: true,
    ...overrides,
  };
}

export function ticketDetailFixture(overrides: Partial<TicketDetailFragment> = {}): TicketDetailFragment {
  return {
    __typename: 'Ticket',
    id: TICKET_ID,
    number: 301,
    newToStaff: false,
    reopenCount: 0,
    reopenedAt: null,
    title: 'A1-018 门口地砖破损',
    description: '商户来电：店门口两块地砖开裂，顾客易绊倒。',
    kind: 'COMPLAINT',
    channel: 'PHONE',
    severity: 'IMPORTANT',
    status: 'RECEIVED',
    slaState: 'ON_TRACK',
    dueAt: at(20),
    overdue: false,
    location: 'A1-018',
    preferredContactTime: null,
    photos: [],
    repairCategory: null,
    relayedTo: null,
    escalationLevel: 0,
    satisfaction: null,
    receivedAt: at(-3),
    requestedBy: null,
    resolvedAt: null,
    closedAt: null,
    followUpDueAt: null,
    updatedAt: at(-3),
    version: 1,
    deadlines: { __typename: 'Deadlines', handoverBy: at(-2), replyBy: null, resolveBy: at(69) },
    requester: {
      __typename: 'Requester',
      id: 'requester-1',
      kind: 'MERCHANT',
      name: '刘志强',
      phone: '13800000001',
      shopName: '鑫源瓷砖',
      shopUnit: 'A1-018',
    },
    assignee: null,
    unit: null,
    subject: null,
    availableActions: ['RELAY', 'START'] satisfies TicketCommand[],
    timeline: [eventFixture()],
    ...overrides,
  };
}

export function listItemFixture(n: number, overrides: Partial<TicketListItemFragment> = {}): TicketListItemFragment {
  return {
    __typename: 'Ticket',
    id: btoa(`Ticket:list-${n}`),
    number: n,
    title: `工单标题 ${n}`,
    kind: 'REPAIR',
    severity: 'MINOR',
    status: 'RECEIVED',
    slaState: 'ON_TRACK',
    dueAt: at(30),
    receivedAt: at(-1),
    newToStaff: false,
    reopenCount: 0,
    requester: { __typename: 'Requester', id: 'requester-1', name: '刘志强', shopName: '鑫源瓷砖', shopUnit: 'A1-018' },
    assignee: null,
    ...overrides,
  };
}

export function ticketPage(tickets: TicketListItemFragment[], hasNextPage = false, endCursor: string | null = null) {
  return {
    data: {
      tickets: {
        __typename: 'TicketConnection',
        edges: tickets.map((node) => ({ __typename: 'TicketEdge', cursor: `c-${node.number}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      },
    },
  };
}

export const viewerScopeAnswer = {
  data: {
    viewer: {
      __typename: 'Viewer',
      username: 'hall_clerk',
      staff: { __typename: 'Staff', id: btoa('Staff:hall') },
      positions: [{ __typename: 'Position', id: btoa('Position:hall'), unit: { __typename: 'Unit', id: 'unit-merchant' } }],
    },
  },
};

export const emptyCountsAnswer = { data: { ticketCounts: [] } };
export const unitsAnswer = {
  data: {
    orgChart: {
      __typename: 'OrgChart',
      units: [{ __typename: 'Unit', id: 'unit-merchant', code: 'merchant_service', name: { __typename: 'LocalizedText', zh: '商户服务部', en: 'Merchant service centre' } }],
    },
  },
};
export const noStaffAnswer = { data: { staffMembers: { __typename: 'StaffConnection', edges: [] } } };
