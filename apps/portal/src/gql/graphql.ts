/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 string with offset. */
  DateTime: { input: string; output: string; }
  /** A file sent as a part of a GraphQL multipart request (graphql-multipart-request-spec). */
  File: { input: File; output: File; }
  /** A calendar day, YYYY-MM-DD (assignments start and end on days, not instants). */
  LocalDate: { input: string; output: string; }
};

/** An action the permission rules decide on (see the permission matrix). */
export type Action =
  | 'ORG_ASSIGNMENT_EDIT'
  | 'ORG_POSITION_EDIT'
  | 'ORG_REPORTING_LINE_EDIT'
  | 'ORG_VIEW'
  | 'STAFF_APPRAISE'
  | 'STAFF_EDIT'
  | 'STAFF_VIEW'
  | 'TICKET_ASSIGN'
  | 'TICKET_CLOSE'
  | 'TICKET_CREATE'
  | 'TICKET_ESCALATE'
  | 'TICKET_FOLLOW_UP'
  | 'TICKET_MARK_INVALID'
  | 'TICKET_RATE'
  | 'TICKET_RELAY'
  | 'TICKET_REOPEN'
  | 'TICKET_RESOLVE'
  | 'TICKET_START'
  | 'TICKET_VIEW';

export type ActorKind =
  | 'REQUESTER'
  | 'STAFF'
  | 'SYSTEM';

export type AssignStaffInput = {
  acting?: InputMaybe<Scalars['Boolean']['input']>;
  positionId: Scalars['ID']['input'];
  staffId: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
};

/** A person holding a position over a span of time; acting (代理) holders have the same authority. */
export type Assignment = {
  __typename?: 'Assignment';
  acting: Scalars['Boolean']['output'];
  current: Scalars['Boolean']['output'];
  /** Exclusive; null while open. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  position: Position;
  staff: Staff;
  startsOn: Scalars['LocalDate']['output'];
};

/** 工作职权: a verb (propose, review, approve, oversee, appraise) over a domain. */
export type Authority = {
  __typename?: 'Authority';
  domain: AuthorityDomain;
  subject: LocalizedText;
  verb: AuthorityVerb;
};

export type AuthorityDomain =
  | 'BUSINESS'
  | 'EXPENSES'
  | 'PERSONNEL';

export type AuthorityVerb =
  | 'APPRAISE'
  | 'APPROVE'
  | 'OVERSEE'
  | 'PROPOSE'
  | 'REVIEW';

export type Channel =
  | 'LETTER'
  | 'PHONE'
  | 'PORTAL'
  | 'WALK_IN';

export type CreateStaffInput = {
  employeeNo: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTicketInput = {
  channel: Channel;
  description: Scalars['String']['input'];
  kind: TicketKind;
  location?: InputMaybe<Scalars['String']['input']>;
  repairCategory?: InputMaybe<RepairCategory>;
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
  requesterId: Scalars['ID']['input'];
  severity: Severity;
  title: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** SLA deadlines computed from intake time and severity. */
export type Deadlines = {
  __typename?: 'Deadlines';
  handoverBy: Maybe<Scalars['DateTime']['output']>;
  replyBy: Maybe<Scalars['DateTime']['output']>;
  resolveBy: Scalars['DateTime']['output'];
};

/** 职责: duties grouped by function (业务管理, 部门管理, 客户接待 …). */
export type DutyGroup = {
  __typename?: 'DutyGroup';
  duties: Array<LocalizedText>;
  function: LocalizedText;
};

export type FollowUpChannel =
  | 'ON_SITE'
  | 'PHONE';

/** Text in zh-CN and English. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  en: Scalars['String']['input'];
  zh: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a person in a position from a day on; acting (代理) when they stand in for someone. */
  assignStaff: Assignment;
  /** 派单: gives the ticket to a member of staff, optionally re-triaging its severity. */
  assignTicket: Ticket;
  /** Sets the positions a position reports to (直接上级). Refuses cycles. */
  changeReportingLine: Position;
  /** Closes the ticket. */
  closeTicket: Ticket;
  /** Adds a person to the staff directory. */
  createStaff: Staff;
  /** Registers a phone, walk-in or letter ticket (受理). A retried call with the same key returns the same ticket. */
  createTicket: Ticket;
  /** Ends an assignment on a day (exclusive): the person no longer holds the position from then. */
  endAssignment: Assignment;
  /** 上报: sends the ticket to the next holder up the reporting line. */
  escalateTicket: Ticket;
  /** Signs in with a username and password and sets the session cookie. After 10 failures for a username or from an address within 15 minutes, sign-in is refused (TOO_MANY_REQUESTS) until the window passes. */
  login: Viewer;
  /** Ends the current session and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  /** 无效投诉: judges a complaint not valid; it no longer counts as a valid complaint. */
  markTicketInvalid: Ticket;
  /** Rates the outcome 1–5 stars; 2 or fewer sends the request back to the department. */
  rateRequest: MyRequest;
  /** 回访: records the follow-up call or visit and the requester’s satisfaction (1–5). */
  recordFollowUp: Ticket;
  /** 传达: hands the ticket to another department (repairs, logistics, …). */
  relayTicket: Ticket;
  /** Reopens a resolved, closed or invalid ticket and puts it back in the queue. */
  reopenTicket: Ticket;
  /** 反馈: records the resolution; repairs get their follow-up due date by category. */
  resolveTicket: Ticket;
  /** Signs a member of staff out on every device at once (a lost phone, a departure); returns how many sessions were ended. */
  revokeStaffSessions: Scalars['Int']['output'];
  /** Ends every session of the viewer's account, this one included; returns how many were ended. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Marks the ticket as being worked on. */
  startTicket: Ticket;
  /** A merchant or owner submits a request from the portal. Retries with the same key return the same request. */
  submitRequest: MyRequest;
  /** Edits a position's title, purpose or headcount. */
  updatePosition: Position;
  /** Stores one photo (JPEG, PNG or WebP, at most 5 MB) for a request about to be submitted; pass its id in SubmitRequestInput.photoIds. */
  uploadRequestPhoto: Photo;
};


export type MutationAssignStaffArgs = {
  input: AssignStaffInput;
};


export type MutationAssignTicketArgs = {
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  severity?: InputMaybe<Severity>;
  version: Scalars['Int']['input'];
};


export type MutationChangeReportingLineArgs = {
  positionId: Scalars['ID']['input'];
  reportsTo: Array<Scalars['ID']['input']>;
};


export type MutationCloseTicketArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCreateStaffArgs = {
  input: CreateStaffInput;
};


export type MutationCreateTicketArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CreateTicketInput;
};


export type MutationEndAssignmentArgs = {
  endsOn: Scalars['LocalDate']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEscalateTicketArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkTicketInvalidArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRateRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  stars: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordFollowUpArgs = {
  channel: FollowUpChannel;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  satisfaction: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRelayTicketArgs = {
  department: PeerDepartment;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationReopenTicketArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResolveTicketArgs = {
  id: Scalars['ID']['input'];
  repairCategory?: InputMaybe<RepairCategory>;
  resolution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  waterTestAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationRevokeStaffSessionsArgs = {
  staffId: Scalars['ID']['input'];
};


export type MutationStartTicketArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitRequestArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: SubmitRequestInput;
};


export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


export type MutationUploadRequestPhotoArgs = {
  file: Scalars['File']['input'];
};

/** A merchant's or owner's own request, as the portal shows it: no staff-only fields. */
export type MyRequest = Node & {
  __typename?: 'MyRequest';
  /** The requester may rate the outcome now. */
  canRate: Scalars['Boolean']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: TicketKind;
  location: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Photos sent with the request, oldest first. */
  photos: Array<Photo>;
  preferredContactTime: Maybe<Scalars['String']['output']>;
  /** When the department promised an answer: the reply deadline, else the resolution deadline. */
  promisedBy: Scalars['DateTime']['output'];
  receivedAt: Scalars['DateTime']['output'];
  relayedTo: Maybe<PeerDepartment>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  severity: Severity;
  status: TicketStatus;
  timeline: Array<RequestEvent>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type MyRequestConnection = {
  __typename?: 'MyRequestConnection';
  edges: Array<MyRequestEdge>;
  pageInfo: PageInfo;
};

export type MyRequestEdge = {
  __typename?: 'MyRequestEdge';
  cursor: Scalars['String']['output'];
  node: MyRequest;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** One site's department: its units and positions with their reporting lines. */
export type OrgChart = {
  __typename?: 'OrgChart';
  positions: Array<Position>;
  units: Array<Unit>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Departments outside customer service that tickets are relayed to. */
export type PeerDepartment =
  | 'ADVERTISING'
  | 'ENGINEERING'
  | 'FLOOR_MANAGER'
  | 'LEASING'
  | 'LOGISTICS'
  | 'MARKETING'
  | 'PROPERTY'
  | 'TECHNICAL';

/** Whether a position may take an action, and why (the reason is a stable key). */
export type PermissionCell = {
  __typename?: 'PermissionCell';
  action: Action;
  allowed: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  /** How far the grant reaches: any, site, subordinates, own_queue, own. */
  scope: Maybe<Scalars['String']['output']>;
};

export type PermissionRow = {
  __typename?: 'PermissionRow';
  cells: Array<PermissionCell>;
  position: Position;
};

export type Photo = {
  __typename?: 'Photo';
  byteSize: Scalars['Int']['output'];
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/** A position of the department with its duties, KPIs, authorities and holders. */
export type Position = Node & {
  __typename?: 'Position';
  /** Every assignment to this position, newest first. */
  assignmentHistory: Array<Assignment>;
  authorities: Array<Authority>;
  code: Scalars['String']['output'];
  /** 直接下级: the positions that report to this one. */
  directReports: Array<Position>;
  duties: Array<DutyGroup>;
  /** 岗位定员. */
  headcount: Scalars['Int']['output'];
  /** Assignments current today. */
  holders: Array<Assignment>;
  id: Scalars['ID']['output'];
  /** 关键绩效指标. */
  kpis: Array<LocalizedText>;
  /** 职位概要. */
  purpose: LocalizedText;
  qualifications: Qualifications;
  /** 直接上级: the positions this one reports to. */
  reportsTo: Array<Position>;
  title: LocalizedText;
  unit: Unit;
  vacancies: Scalars['Int']['output'];
  workEnvironment: Array<WorkShare>;
};

/** 任职资格. */
export type Qualifications = {
  __typename?: 'Qualifications';
  education: LocalizedText;
  experience: LocalizedText;
  knowledge: Array<LocalizedText>;
  skills: Array<LocalizedText>;
};

export type Query = {
  __typename?: 'Query';
  /** The deadlines a ticket would get if registered now: shown on the intake form before saving. */
  deadlinePreview: Deadlines;
  /** One of the viewer's own requests; NOT_FOUND for any other id. */
  myRequest: MyRequest;
  /** The viewer's own requests, newest first. */
  myRequests: MyRequestConnection;
  node: Maybe<Node>;
  orgChart: OrgChart;
  /** Positions × actions as the domain decides them: read-only, for managers. */
  permissionMatrix: Array<PermissionRow>;
  /** Merchant, owner or customer lookup for the intake form. */
  requesters: Array<Requester>;
  /** The staff directory: search by name, number or phone; filter by unit or position. */
  staffMembers: StaffConnection;
  /** One ticket; NOT_FOUND when it does not exist or the viewer may not see it. */
  ticket: Ticket;
  /** How many tickets the viewer may see, by status and severity (dashboard). */
  ticketCounts: Array<TicketCount>;
  /** The ticket queue the viewer may see, filtered and in cursor pages. */
  tickets: TicketConnection;
  /** The signed-in viewer, or null when nobody is signed in. */
  viewer: Maybe<Viewer>;
};


export type QueryDeadlinePreviewArgs = {
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
  severity: Severity;
};


export type QueryMyRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<RequesterKind>;
  search: Scalars['String']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TicketOrder>;
};

export type RepairCategory =
  | 'LEAK'
  | 'OTHER'
  | 'SAFETY';

export type RequestEvent = {
  __typename?: 'RequestEvent';
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  department: Maybe<PeerDepartment>;
  /** The request went back to the department with this event. */
  reopened: Scalars['Boolean']['output'];
  stars: Maybe<Scalars['Int']['output']>;
  /** The department's supervisor was told about this event (a low rating). */
  supervisorNotified: Scalars['Boolean']['output'];
  toStatus: Maybe<TicketStatus>;
  type: TicketEventType;
};

/** A merchant (shop tenant), owner or customer who raises tickets. */
export type Requester = {
  __typename?: 'Requester';
  id: Scalars['ID']['output'];
  kind: RequesterKind;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  shopName: Maybe<Scalars['String']['output']>;
  shopUnit: Maybe<Scalars['String']['output']>;
};

export type RequesterKind =
  | 'CUSTOMER'
  | 'MERCHANT'
  | 'OWNER';

/** 重大 major / 重要 important / 轻微 minor. */
export type Severity =
  | 'IMPORTANT'
  | 'MAJOR'
  | 'MINOR';

export type SlaState =
  | 'DUE_SOON'
  | 'MET'
  | 'ON_TRACK'
  | 'OVERDUE';

/** A member of the department. */
export type Staff = Node & {
  __typename?: 'Staff';
  active: Scalars['Boolean']['output'];
  /** Every assignment of this person, newest first. */
  assignments: Array<Assignment>;
  employeeNo: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type StaffConnection = {
  __typename?: 'StaffConnection';
  edges: Array<StaffEdge>;
  pageInfo: PageInfo;
};

export type StaffEdge = {
  __typename?: 'StaffEdge';
  cursor: Scalars['String']['output'];
  node: Staff;
};

export type SubmitRequestInput = {
  description: Scalars['String']['input'];
  kind: TicketKind;
  /** Shop unit or place in the mall. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Photos uploaded with uploadRequestPhoto by the same viewer, not yet sent with a request. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the requester prefers to be called back, in their words. */
  preferredContactTime?: InputMaybe<Scalars['String']['input']>;
  /** When the requester needs an answer by, if they say. */
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Live changes of one ticket the viewer may see (server-sent events). */
  ticketUpdated: TicketUpdate;
};


export type SubscriptionTicketUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** A complaint, repair or request as the department works it (staff only). */
export type Ticket = Node & {
  __typename?: 'Ticket';
  assignee: Maybe<Staff>;
  /** What the viewer may do to this ticket now: its state allows it and the rules permit it. */
  availableActions: Array<TicketCommand>;
  channel: Channel;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  deadlines: Deadlines;
  description: Scalars['String']['output'];
  /** The deadline that matters in the current status. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  escalationLevel: Scalars['Int']['output'];
  followUpDueAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: TicketKind;
  location: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Photos the requester sent, oldest first. */
  photos: Array<Photo>;
  preferredContactTime: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  relayedTo: Maybe<PeerDepartment>;
  repairCategory: Maybe<RepairCategory>;
  requestedBy: Maybe<Scalars['DateTime']['output']>;
  requester: Requester;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  satisfaction: Maybe<Scalars['Int']['output']>;
  severity: Severity;
  slaState: SlaState;
  status: TicketStatus;
  /** Every event, oldest first. */
  timeline: Array<TicketEvent>;
  title: Scalars['String']['output'];
  unit: Maybe<Unit>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with a change: a stale version is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type TicketCommand =
  | 'ASSIGN'
  | 'CLOSE'
  | 'ESCALATE'
  | 'FOLLOW_UP'
  | 'MARK_INVALID'
  | 'RATE'
  | 'RELAY'
  | 'REOPEN'
  | 'RESOLVE'
  | 'START';

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
};

export type TicketCount = {
  __typename?: 'TicketCount';
  count: Scalars['Int']['output'];
  severity: Severity;
  status: TicketStatus;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketEvent = {
  __typename?: 'TicketEvent';
  actor: Maybe<Staff>;
  actorKind: ActorKind;
  assignee: Maybe<Staff>;
  at: Scalars['DateTime']['output'];
  department: Maybe<PeerDepartment>;
  fromStatus: Maybe<TicketStatus>;
  id: Scalars['ID']['output'];
  /** Resolution, reason, note or comment recorded with the event. */
  note: Maybe<Scalars['String']['output']>;
  satisfaction: Maybe<Scalars['Int']['output']>;
  toStatus: Maybe<TicketStatus>;
  type: TicketEventType;
  visibleToRequester: Scalars['Boolean']['output'];
};

export type TicketEventType =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'COMMENTED'
  | 'CREATED'
  | 'ESCALATED'
  | 'FOLLOWED_UP'
  | 'MARKED_INVALID'
  | 'RATED'
  | 'RELAYED'
  | 'REOPENED'
  | 'RESOLVED'
  | 'STARTED';

/** Every set field narrows the queue; an empty list means any. */
export type TicketFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<TicketKind>>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  severities?: InputMaybe<Array<Severity>>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  /** Part of title, description or location, or a ticket number. */
  text?: InputMaybe<Scalars['String']['input']>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type TicketKind =
  | 'COMPLAINT'
  | 'CONSULTATION'
  | 'LOGISTICS'
  | 'REPAIR'
  | 'RETURN_EXCHANGE'
  | 'SERVICE_REQUEST'
  | 'SUGGESTION'
  | 'TECHNICAL';

export type TicketOrder =
  | 'DUE'
  | 'NEWEST';

export type TicketStatus =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'FOLLOWED_UP'
  | 'INVALID'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'RELAYED'
  | 'RESOLVED';

/** A ticket changed. Staff read `ticket`, requesters read `request`. */
export type TicketUpdate = {
  __typename?: 'TicketUpdate';
  request: Maybe<MyRequest>;
  ticket: Maybe<Ticket>;
  version: Scalars['Int']['output'];
};

/** A unit of the department: 客户服务部 and its service centres. */
export type Unit = {
  __typename?: 'Unit';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: LocalizedText;
};

export type UpdatePositionInput = {
  headcount?: InputMaybe<Scalars['Int']['input']>;
  purpose?: InputMaybe<LocalizedTextInput>;
  title?: InputMaybe<LocalizedTextInput>;
};

export type Viewer = {
  __typename?: 'Viewer';
  kind: ViewerKind;
  /** The positions the viewer holds today (staff only). */
  positions: Array<Position>;
  requester: Maybe<Requester>;
  /** Actions the viewer may take anywhere in the site, e.g. to show navigation. */
  siteActions: Array<Action>;
  staff: Maybe<Staff>;
  username: Scalars['String']['output'];
};

export type ViewerKind =
  | 'REQUESTER'
  | 'STAFF';

/** 工作环境: where the work happens, as a share of the time (0–100). */
export type WorkShare = {
  __typename?: 'WorkShare';
  place: LocalizedText;
  share: Scalars['Int']['output'];
};

export type PortalLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type PortalLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Viewer', username: string, kind: ViewerKind, requester: { __typename?: 'Requester', name: string, shopName: string | null, shopUnit: string | null } | null } };

export type PortalLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalLogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type PortalViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', username: string, kind: ViewerKind, requester: { __typename?: 'Requester', name: string, shopName: string | null, shopUnit: string | null } | null } | null };

export type RequestDetailFragment = { __typename?: 'MyRequest', location: string | null, preferredContactTime: string | null, relayedTo: PeerDepartment | null, version: number, canRate: boolean, id: string, number: number, kind: TicketKind, title: string, description: string, status: TicketStatus, severity: Severity, promisedBy: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, receivedAt: string, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, timeline: Array<{ __typename?: 'RequestEvent', at: string, type: TicketEventType, toStatus: TicketStatus | null, department: PeerDepartment | null, stars: number | null, comment: string | null, reopened: boolean, supervisorNotified: boolean }> };

export type RequestSummaryFragment = { __typename?: 'MyRequest', id: string, number: number, kind: TicketKind, title: string, description: string, status: TicketStatus, severity: Severity, promisedBy: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, receivedAt: string };

export type RateRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  stars: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type RateRequestMutation = { __typename?: 'Mutation', rateRequest: { __typename?: 'MyRequest', location: string | null, preferredContactTime: string | null, relayedTo: PeerDepartment | null, version: number, canRate: boolean, id: string, number: number, kind: TicketKind, title: string, description: string, status: TicketStatus, severity: Severity, promisedBy: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, receivedAt: string, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, timeline: Array<{ __typename?: 'RequestEvent', at: string, type: TicketEventType, toStatus: TicketStatus | null, department: PeerDepartment | null, stars: number | null, comment: string | null, reopened: boolean, supervisorNotified: boolean }> } };

export type SubmitRequestMutationVariables = Exact<{
  idempotencyKey: Scalars['String']['input'];
  input: SubmitRequestInput;
}>;


export type SubmitRequestMutation = { __typename?: 'Mutation', submitRequest: { __typename?: 'MyRequest', id: string } };

export type UploadRequestPhotoMutationVariables = Exact<{
  file: Scalars['File']['input'];
}>;


export type UploadRequestPhotoMutation = { __typename?: 'Mutation', uploadRequestPhoto: { __typename?: 'Photo', id: string, url: string } };

export type MyRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyRequestQuery = { __typename?: 'Query', myRequest: { __typename?: 'MyRequest', location: string | null, preferredContactTime: string | null, relayedTo: PeerDepartment | null, version: number, canRate: boolean, id: string, number: number, kind: TicketKind, title: string, description: string, status: TicketStatus, severity: Severity, promisedBy: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, receivedAt: string, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, timeline: Array<{ __typename?: 'RequestEvent', at: string, type: TicketEventType, toStatus: TicketStatus | null, department: PeerDepartment | null, stars: number | null, comment: string | null, reopened: boolean, supervisorNotified: boolean }> } };

export type MyRequestsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRequestsQuery = { __typename?: 'Query', myRequests: { __typename?: 'MyRequestConnection', edges: Array<{ __typename?: 'MyRequestEdge', node: { __typename?: 'MyRequest', id: string, number: number, kind: TicketKind, title: string, description: string, status: TicketStatus, severity: Severity, promisedBy: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, receivedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RequestUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'TicketUpdate', request: { __typename?: 'MyRequest', location: string | null, preferredContactTime: string | null, relayedTo: PeerDepartment | null, version: number, canRate: boolean, id: string, number: number, kind: TicketKind, title: string, description: string, status: TicketStatus, severity: Severity, promisedBy: string, overdue: boolean, resolvedAt: string | null, closedAt: string | null, receivedAt: string, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, timeline: Array<{ __typename?: 'RequestEvent', at: string, type: TicketEventType, toStatus: TicketStatus | null, department: PeerDepartment | null, stars: number | null, comment: string | null, reopened: boolean, supervisorNotified: boolean }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RequestSummaryFragmentDoc = new TypedDocumentString(`
    fragment RequestSummary on MyRequest {
  id
  number
  kind
  title
  description
  status
  severity
  promisedBy
  overdue
  resolvedAt
  closedAt
  receivedAt
}
    `, {"fragmentName":"RequestSummary"}) as unknown as TypedDocumentString<RequestSummaryFragment, unknown>;
export const RequestDetailFragmentDoc = new TypedDocumentString(`
    fragment RequestDetail on MyRequest {
  ...RequestSummary
  location
  preferredContactTime
  relayedTo
  version
  canRate
  photos {
    id
    url
    contentType
  }
  timeline {
    at
    type
    toStatus
    department
    stars
    comment
    reopened
    supervisorNotified
  }
}
    fragment RequestSummary on MyRequest {
  id
  number
  kind
  title
  description
  status
  severity
  promisedBy
  overdue
  resolvedAt
  closedAt
  receivedAt
}`, {"fragmentName":"RequestDetail"}) as unknown as TypedDocumentString<RequestDetailFragment, unknown>;
export const PortalLoginDocument = new TypedDocumentString(`
    mutation PortalLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    username
    kind
    requester {
      name
      shopName
      shopUnit
    }
  }
}
    `) as unknown as TypedDocumentString<PortalLoginMutation, PortalLoginMutationVariables>;
export const PortalLogoutDocument = new TypedDocumentString(`
    mutation PortalLogout {
  logout
}
    `) as unknown as TypedDocumentString<PortalLogoutMutation, PortalLogoutMutationVariables>;
export const PortalViewerDocument = new TypedDocumentString(`
    query PortalViewer {
  viewer {
    username
    kind
    requester {
      name
      shopName
      shopUnit
    }
  }
}
    `) as unknown as TypedDocumentString<PortalViewerQuery, PortalViewerQueryVariables>;
export const RateRequestDocument = new TypedDocumentString(`
    mutation RateRequest($id: ID!, $version: Int!, $stars: Int!, $comment: String) {
  rateRequest(id: $id, version: $version, stars: $stars, comment: $comment) {
    ...RequestDetail
  }
}
    fragment RequestDetail on MyRequest {
  ...RequestSummary
  location
  preferredContactTime
  relayedTo
  version
  canRate
  photos {
    id
    url
    contentType
  }
  timeline {
    at
    type
    toStatus
    department
    stars
    comment
    reopened
    supervisorNotified
  }
}
fragment RequestSummary on MyRequest {
  id
  number
  kind
  title
  description
  status
  severity
  promisedBy
  overdue
  resolvedAt
  closedAt
  receivedAt
}`) as unknown as TypedDocumentString<RateRequestMutation, RateRequestMutationVariables>;
export const SubmitRequestDocument = new TypedDocumentString(`
    mutation SubmitRequest($idempotencyKey: String!, $input: SubmitRequestInput!) {
  submitRequest(idempotencyKey: $idempotencyKey, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitRequestMutation, SubmitRequestMutationVariables>;
export const UploadRequestPhotoDocument = new TypedDocumentString(`
    mutation UploadRequestPhoto($file: File!) {
  uploadRequestPhoto(file: $file) {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<UploadRequestPhotoMutation, UploadRequestPhotoMutationVariables>;
export const MyRequestDocument = new TypedDocumentString(`
    query MyRequest($id: ID!) {
  myRequest(id: $id) {
    ...RequestDetail
  }
}
    fragment RequestDetail on MyRequest {
  ...RequestSummary
  location
  preferredContactTime
  relayedTo
  version
  canRate
  photos {
    id
    url
    contentType
  }
  timeline {
    at
    type
    toStatus
    department
    stars
    comment
    reopened
    supervisorNotified
  }
}
fragment RequestSummary on MyRequest {
  id
  number
  kind
  title
  description
  status
  severity
  promisedBy
  overdue
  resolvedAt
  closedAt
  receivedAt
}`) as unknown as TypedDocumentString<MyRequestQuery, MyRequestQueryVariables>;
export const MyRequestsDocument = new TypedDocumentString(`
    query MyRequests($first: Int!, $after: String) {
  myRequests(first: $first, after: $after) {
    edges {
      node {
        ...RequestSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment RequestSummary on MyRequest {
  id
  number
  kind
  title
  description
  status
  severity
  promisedBy
  overdue
  resolvedAt
  closedAt
  receivedAt
}`) as unknown as TypedDocumentString<MyRequestsQuery, MyRequestsQueryVariables>;
export const RequestUpdatedDocument = new TypedDocumentString(`
    subscription RequestUpdated($id: ID!) {
  ticketUpdated(id: $id) {
    request {
      ...RequestDetail
    }
  }
}
    fragment RequestDetail on MyRequest {
  ...RequestSummary
  location
  preferredContactTime
  relayedTo
  version
  canRate
  photos {
    id
    url
    contentType
  }
  timeline {
    at
    type
    toStatus
    department
    stars
    comment
    reopened
    supervisorNotified
  }
}
fragment RequestSummary on MyRequest {
  id
  number
  kind
  title
  description
  status
  severity
  promisedBy
  overdue
  resolvedAt
  closedAt
  receivedAt
}`) as unknown as TypedDocumentString<RequestUpdatedSubscription, RequestUpdatedSubscriptionVariables>;