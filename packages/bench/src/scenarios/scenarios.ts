/** The operations the apps send, as the benchmark replays them against both servers. */
export type ScenarioName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'M1';

export type ScenarioVariables = Record<string, unknown>;

export type Scenario = {
  name: ScenarioName;
  title: string;
  /** Who sends it: a member of staff (the director) or a merchant. */
  as: 'director' | 'merchant';
  query: string;
  /** The twin's route for the same operation; it takes the same variables as a JSON body. */
  path: string;
  mutation: boolean;
};

export const TICKET_NODE = /* GraphQL */ `query TicketNode($id: ID!) {
  node(id: $id) { id ... on Ticket { number title status severity slaState dueAt version } }
}`;

export const STAFF_QUEUE = /* GraphQL */ `query StaffQueue($first: Int!, $status: TicketStatus!, $unitId: ID!, $after: String) {
  tickets(first: $first, after: $after, filter: { statuses: [$status], unitId: $unitId }, order: DUE) {
    edges {
      cursor
      node {
        id number title kind status severity slaState overdue receivedAt dueAt
        deadlines { handoverBy replyBy resolveBy }
        requester { id name shopName kind }
        assignee { id name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const TICKET_DETAIL = /* GraphQL */ `query TicketDetail($id: ID!) {
  ticket(id: $id) {
    id number title description status severity location receivedAt version
    deadlines { handoverBy replyBy resolveBy }
    requester { id name shopName phone }
    assignee { id name }
    timeline { id at type fromStatus toStatus actorKind note visibleToRequester }
  }
}`;

export const MY_REQUESTS = /* GraphQL */ `query MyRequests($first: Int!) {
  myRequests(first: $first) {
    edges { cursor node { id number title kind status severity receivedAt promisedBy overdue } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const TICKET_COUNTS = /* GraphQL */ `query TicketCounts {
  ticketCounts { status severity count }
}`;

export const ASSIGN_TICKET = /* GraphQL */ `mutation AssignTicket($id: ID!, $version: Int!, $assigneeId: ID!) {
  assignTicket(id: $id, version: $version, assigneeId: $assigneeId) { id status version assignee { id name } }
}`;

export const SCENARIOS: readonly Scenario[] = [
  { name: 'Q1', title: 'a ticket by node(id:)', as: 'director', query: TICKET_NODE, path: '/twin/ticket-node', mutation: false },
  { name: 'Q2', title: 'staff queue page: 50 by status and unit, by due time', as: 'director', query: STAFF_QUEUE, path: '/twin/staff-queue', mutation: false },
  { name: 'Q3', title: 'ticket detail with its timeline', as: 'director', query: TICKET_DETAIL, path: '/twin/ticket-detail', mutation: false },
  { name: 'Q4', title: "portal: a merchant's own requests", as: 'merchant', query: MY_REQUESTS, path: '/twin/my-requests', mutation: false },
  { name: 'Q5', title: 'dashboard counts by status and severity', as: 'director', query: TICKET_COUNTS, path: '/twin/ticket-counts', mutation: false },
  { name: 'M1', title: 'one transition (assign) with version', as: 'director', query: ASSIGN_TICKET, path: '/twin/assign-ticket', mutation: true },
];

/** Relay global ids as the gateway writes them: base64 of `Type:id`. */
export const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');

export function parseGlobalId(value: unknown, type: string): string | null {
  if (typeof value !== 'string') return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.startsWith(`${type}:`) ? decoded.slice(type.length + 1) : null;
}
