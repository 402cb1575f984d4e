/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** One entry of the account audit log (账号审计日志). Needs `account.audit`. */
export type AccountEvent = {
  __typename?: 'AccountEvent';
  /** Who did it; null when the owner did it themself. */
  actorUsername: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The entry’s id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: AccountEventKind;
  /** The merchant or owner concerned (shop name, else name), for requesters’ sign-ins and invitations. */
  requesterName: Maybe<Scalars['String']['output']>;
  /** For sessions_revoked: how many sessions ended. */
  sessionsRevoked: Maybe<Scalars['Int']['output']>;
  /** The sign-in it happened to; null for an invitation not yet used. */
  username: Maybe<Scalars['String']['output']>;
};

/** A page of the account audit log. */
export type AccountEventConnection = {
  __typename?: 'AccountEventConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<AccountEventEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One entry in a page. */
export type AccountEventEdge = {
  __typename?: 'AccountEventEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: AccountEvent;
};

/** What happened to a sign-in. */
export type AccountEventKind =
  /** A sign-in was created. */
  | 'CREATED'
  /** It was disabled. */
  | 'DISABLED'
  /** It was enabled again. */
  | 'ENABLED'
  /** An invitation became a sign-in. */
  | 'INVITATION_USED'
  /** A merchant or owner was invited to the portal. */
  | 'INVITED'
  /** Its owner changed the password. */
  | 'PASSWORD_CHANGED'
  /** A manager set a new password. */
  | 'PASSWORD_RESET'
  /** Its sessions were ended. */
  | 'SESSIONS_REVOKED';

/** An action the permission rules decide on (see the permission matrix). */
export type Action =
  /** Read the account audit log (账号审计日志). */
  | 'ACCOUNT_AUDIT'
  /** Add, rename and retire departments, their contacts and staff accounts. */
  | 'DEPARTMENT_MANAGE'
  /** Read the departments outside customer service and their contacts. */
  | 'DEPARTMENT_VIEW'
  /** Record 回访 calls: a failed attempt with its retry time, or the requester reached. */
  | 'FOLLOWUP_CALL'
  /** Decide after the last failed attempt: close unreached, or assign the call again. */
  | 'FOLLOWUP_DECIDE'
  /** See the 回访 queue: follow-ups owed by resolved repairs, in one’s queue or team. */
  | 'FOLLOWUP_VIEW'
  /** Acknowledge inbound information for customer service, which publishes its notice to the portal. */
  | 'INBOUND_ACKNOWLEDGE'
  /** Register information another department passes to customer service. */
  | 'INBOUND_REGISTER'
  /** Read the information other departments passed to customer service. */
  | 'INBOUND_VIEW'
  /** Write the director’s analysis in the monthly report. */
  | 'KPI_REPORT_EDIT'
  /** Read the monthly report (月度统计分析) and export it. */
  | 'KPI_REPORT_VIEW'
  /** Set the site’s KPI targets. */
  | 'KPI_TARGET_SET'
  /** Read KPI figures (关键绩效指标): one’s own, the team below one, or the whole site. */
  | 'KPI_VIEW'
  /** Acknowledge a message for oneself or one’s unit. */
  | 'MESSAGE_ACKNOWLEDGE'
  /** Set after how long unacknowledged messages go to supervisors. */
  | 'MESSAGE_CONFIGURE'
  /** Take a message for a member of staff or a unit (留言). */
  | 'MESSAGE_TAKE'
  /** Read messages for oneself, one’s units and those below. */
  | 'MESSAGE_VIEW'
  /** Read one’s own notifications (消息提醒). */
  | 'NOTIFICATION_VIEW'
  /** Put people in positions and end their assignments (任免). */
  | 'ORG_ASSIGNMENT_EDIT'
  /** Read the audit trail of org changes (组织变更记录). */
  | 'ORG_AUDIT_VIEW'
  /** Edit a position’s title, purpose or headcount. */
  | 'ORG_POSITION_EDIT'
  /** Change whom a position reports to (直接上级). */
  | 'ORG_REPORTING_LINE_EDIT'
  /** See the org chart: units, positions, holders (组织架构). */
  | 'ORG_VIEW'
  /** Set the site’s reception standard (minutes). */
  | 'RECEPTION_CONFIGURE'
  /** Register calls, visits and letters, receive visitors, turn contacts into tickets. */
  | 'RECEPTION_REGISTER'
  /** Read the site’s reception log (来电来访登记) and the hall’s waiting view. */
  | 'RECEPTION_VIEW'
  /** Relay a ticket to another department. */
  | 'RELAY_CREATE'
  /** Accept, return or answer a relay, as its department or recording its answer by phone. */
  | 'RELAY_RESPOND'
  /** Read relays (信息传达) to other departments: all of the site, or one’s own and one’s department’s. */
  | 'RELAY_VIEW'
  /** Register a merchant, owner or customer. */
  | 'REQUESTER_CREATE'
  /** Keep requesters’ documents (licence, contract, insurance card) and watch their expiry. */
  | 'REQUESTER_DOCUMENTS'
  /** Keep requesters’ files up to date. */
  | 'REQUESTER_EDIT'
  /** Import merchants and owners from Excel. */
  | 'REQUESTER_IMPORT'
  /** Invite merchants and owners to the portal and disable their sign-ins. */
  | 'REQUESTER_INVITE'
  /** Read requesters’ files (来访人档案) of the site. */
  | 'REQUESTER_VIEW'
  /** Appraise staff below oneself (考核). */
  | 'STAFF_APPRAISE'
  /** Add staff and sign them out everywhere. */
  | 'STAFF_EDIT'
  /** See the staff directory. */
  | 'STAFF_VIEW'
  /** Dispatch a ticket to a member of staff (派单). */
  | 'TICKET_ASSIGN'
  /** Close a ticket. */
  | 'TICKET_CLOSE'
  /** Register a ticket (受理). */
  | 'TICKET_CREATE'
  /** Send a ticket up the reporting line (上报). */
  | 'TICKET_ESCALATE'
  /** Record a follow-up call or visit (回访). */
  | 'TICKET_FOLLOW_UP'
  /** Judge a complaint not valid (无效投诉). */
  | 'TICKET_MARK_INVALID'
  /** Set the site’s deadlines per ticket kind (complaints keep 001’s). */
  | 'TICKET_POLICY_CONFIGURE'
  /** Rate the outcome of one’s own request (requesters). */
  | 'TICKET_RATE'
  /** Hand a ticket to another department (传达). */
  | 'TICKET_RELAY'
  /** Put a finished ticket back in the queue. */
  | 'TICKET_REOPEN'
  /** Give the requester a clear answer (明确答复). */
  | 'TICKET_REPLY'
  /** Report a ticket’s result (反馈). */
  | 'TICKET_RESOLVE'
  /** Record or correct who a complaint is about (被投诉人及被投诉部门). */
  | 'TICKET_SET_SUBJECT'
  /** Start work on a ticket. */
  | 'TICKET_START'
  /** Take a ticket on oneself (接单). */
  | 'TICKET_TAKE'
  /** See a ticket. */
  | 'TICKET_VIEW';

/** Who caused a timeline event. */
export type ActorKind =
  /** The requester, through the portal. */
  | 'REQUESTER'
  /** A member of staff. */
  | 'STAFF'
  /** kefu itself, with no person acting. */
  | 'SYSTEM';

/** Who takes which position from which day. */
export type AssignStaffInput = {
  /** Standing in for someone (代理/兼任), with the same authority; an acting holder does not fill the headcount. */
  acting?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why the position takes someone beyond its headcount (超编); required then, refused as `input.overStrengthReason` without it. */
  overStrengthReason?: InputMaybe<Scalars['String']['input']>;
  /** The position (a Position global id). */
  positionId: Scalars['ID']['input'];
  /** The person (a Staff global id). */
  staffId: Scalars['ID']['input'];
  /** The first day they hold it. */
  startsOn: Scalars['LocalDate']['input'];
};

/** A person holding a position over a span of time; acting (代理) holders have the same authority. Needs `org.view`. */
export type Assignment = {
  __typename?: 'Assignment';
  /** Held on behalf of someone (代理/兼任), with the same authority. */
  acting: Scalars['Boolean']['output'];
  /** Held today. */
  current: Scalars['Boolean']['output'];
  /** The first day they no longer hold it (exclusive); null while open. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  /** The assignment’s id, as endAssignment takes it. */
  id: Scalars['ID']['output'];
  /** The position held. */
  position: Position;
  /** The person holding it. */
  staff: Staff;
  /** The first day the person holds the position. */
  startsOn: Scalars['LocalDate']['output'];
};

/** A member of staff a ticket may be dispatched to (派单), with what the picker shows (staff only). */
export type AssignmentCandidate = {
  __typename?: 'AssignmentCandidate';
  /** They hold a position of the ticket’s unit (listed first): its queue’s, or for a ticket in no queue the unit of whoever holds it, else of whoever registered it. */
  inTicketUnit: Scalars['Boolean']['output'];
  /** Tickets they hold that are still open (受理, 派单, 传达, 处理中): their workload. */
  openTickets: Scalars['Int']['output'];
  /** The position they would work it in: one of the ticket’s unit when they hold one. */
  position: Position;
  /** The member of staff: active, holding a position now, and allowed to work the ticket. */
  staff: Staff;
};

/** What the holder of an assignment leaves open when it ends: what endAssignment’s `handOverTo` hands over. Needs `org.assignment.edit` over its position. */
export type AssignmentOpenWork = {
  __typename?: 'AssignmentOpenWork';
  /** The assignment about to end. */
  assignment: Assignment;
  /** The follow-ups (回访) they are still to call, soonest due first; at most 50. */
  followUps: Array<FollowUp>;
  /** Their open tickets (assigned to them, still being worked) that the viewer may see, oldest first; at most 50 are read. */
  tickets: Array<Ticket>;
  /** How many of their open tickets the viewer may not see (left out of `tickets`): while there are any, handing the work over is refused (ORG.HANDOVER_NOT_PERMITTED). */
  unseenTickets: Scalars['Int']['output'];
};

/** An authority (工作职权): a verb (propose, review, approve, oversee, appraise) over a domain. */
export type Authority = {
  __typename?: 'Authority';
  /** The kind of matter. */
  domain: AuthorityDomain;
  /** The matter itself, e.g. internal rules or in-budget expenses. */
  subject: LocalizedText;
  /** What the position may do. */
  verb: AuthorityVerb;
};

/** What an authority (工作职权) is over. */
export type AuthorityDomain =
  /** Business (业务类): service strategy, internal rules, service standards. */
  | 'BUSINESS'
  /** Expenses (费用审批类): spending within the budget. */
  | 'EXPENSES'
  /** Personnel (人事类): appraisal, transfers, appointments. */
  | 'PERSONNEL';

/** An authority (工作职权): a verb over a matter. */
export type AuthorityInput = {
  /** Business, expenses or personnel. */
  domain: AuthorityDomain;
  /** The matter itself. */
  subject: LocalizedTextInput;
  /** 建议 propose, 审核 review, 审批 approve, 监督 oversee or 考核 appraise. */
  verb: AuthorityVerb;
};

/** What an authority (工作职权) lets a position do. */
export type AuthorityVerb =
  /** Appraise (考核权). */
  | 'APPRAISE'
  /** Approve (审批权). */
  | 'APPROVE'
  /** Oversee (监督权). */
  | 'OVERSEE'
  /** Propose (建议权). */
  | 'PROPOSE'
  /** Review, the initial check before approval (审核权). */
  | 'REVIEW';

/** The answer of one 回访 call. */
export type CallResult =
  /** Nobody reached (未接通): needs a retry time unless it is the last allowed attempt. */
  | 'FAILED'
  /** The requester reached (已接通). */
  | 'REACHED';

/** The current password and the new one. */
export type ChangeOwnPasswordInput = {
  /** The password in use now; a wrong one is refused (AUTH.WRONG_CURRENT_PASSWORD). */
  currentPassword: Scalars['String']['input'];
  /** The new password: at least 10 characters, not containing the username, not one of the 10,000 most common. */
  newPassword: Scalars['String']['input'];
};

/** How a ticket came in (受理方式). */
export type Channel =
  /** A letter (信函). */
  | 'LETTER'
  /** A phone call (来电). */
  | 'PHONE'
  /** Submitted by a merchant or owner in the online portal (在线门户). */
  | 'PORTAL'
  /** A visit to the service desk (来访). */
  | 'WALK_IN';

/** Who a complaint is about (被投诉人及被投诉部门); exactly the field of its kind is set (staff only). */
export type ComplaintSubject = {
  __typename?: 'ComplaintSubject';
  /** The other department complained about; null for other kinds. */
  department: Maybe<PeerDepartment>;
  /** Which of the fields below names the subject. */
  kind: ComplaintSubjectKind;
  /** The position complained about; null for other kinds. */
  position: Maybe<Position>;
  /** The member of staff complained about; null for other kinds. */
  staff: Maybe<Staff>;
  /** The unit complained about; null for other kinds. */
  unit: Maybe<Unit>;
};

/** Who a complaint is about: the kind and the one field it needs. A reference that is not the site’s is a field error (subject.<field>). */
export type ComplaintSubjectInput = {
  /** DEPARTMENT: the other department. */
  department?: InputMaybe<PeerDepartment>;
  /** Which field names the subject. */
  kind: ComplaintSubjectKind;
  /** POSITION: the position (a Position global id). */
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** STAFF: the member of staff (a Staff global id). */
  staffId?: InputMaybe<Scalars['ID']['input']>;
  /** UNIT: the unit’s code (merchant_service, floor_service, shuttle_team, department). */
  unitCode?: InputMaybe<Scalars['String']['input']>;
};

/** What a complaint is about (被投诉人及被投诉部门). */
export type ComplaintSubjectKind =
  /** Another department (被投诉部门), such as logistics or engineering. */
  | 'DEPARTMENT'
  /** A position, whoever holds it. */
  | 'POSITION'
  /** A member of staff (被投诉人). */
  | 'STAFF'
  /** One of the department’s units (a service centre, the cart team). */
  | 'UNIT';

/** A new position: its title, unit, superiors, purpose and headcount; the job description is filled in afterwards. */
export type CreatePositionInput = {
  /** Its headcount (岗位定员). */
  headcount: Scalars['Int']['input'];
  /** Its purpose (职位概要). */
  purpose: LocalizedTextInput;
  /** The positions it reports to (直接上级). */
  reportsTo: Array<Scalars['ID']['input']>;
  /** The title in both languages; unique within the unit. */
  title: LocalizedTextInput;
  /** The unit it belongs to (a Unit id). */
  unitId: Scalars['ID']['input'];
};

/** A new member of staff. */
export type CreateStaffInput = {
  /** Employee number; another with the same number in the site is refused with CONFLICT. */
  employeeNo: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** Work phone: a mainland mobile or a landline with its area code. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their sign-in, created with the record (or later with createStaffSignIn). */
  signIn?: InputMaybe<NewSignInInput>;
};

/** A ticket as staff take it in by phone, at the desk or from a letter. */
export type CreateTicketInput = {
  /** How it came in. */
  channel: Channel;
  /** What the requester said: what happened, when, where, and what they ask for. */
  description: Scalars['String']['input'];
  /** What it is about. */
  kind: TicketKind;
  /** Shop unit or place in the mall. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A caller not on file yet (a walk-in shopper with name and phone, or anonymous): registered with the ticket in one step. Needs `requester.create` too; CONFLICT (reason REQUESTER.DUPLICATE, details.existingId) when the phone or an active unit is on file already. */
  newRequester?: InputMaybe<RequesterInput>;
  /** Repairs only: what is to be repaired, when already known. */
  repairCategory?: InputMaybe<RepairCategory>;
  /** The requester’s own deadline, if they gave one (minor tickets honour it). */
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who raised it (a Requester id, as `requesters` returns it); the requester’s kind is taken from that record. Give this or `newRequester`, not both. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  /** Triage at intake; it sets the deadlines. */
  severity: Severity;
  /** Complaints only: who it is about (被投诉人及被投诉部门); refused for other kinds. */
  subject?: InputMaybe<ComplaintSubjectInput>;
  /** A one-line summary. */
  title: Scalars['String']['input'];
  /** The unit whose queue takes it (a Unit id). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a deactivation did. Needs `staff.edit`. */
export type DeactivateStaffPayload = {
  __typename?: 'DeactivateStaffPayload';
  /** Assignments that end today. */
  endedAssignments: Scalars['Int']['output'];
  /** Tickets the person still holds, not yet resolved, to reassign: `tickets(filter: { assigneeId, statuses })` lists them. */
  openTickets: Scalars['Int']['output'];
  /** Sessions signed out. */
  revokedSessions: Scalars['Int']['output'];
  /** The record, now inactive. */
  staff: Staff;
  /** Assignments not yet begun that were taken back. */
  withdrawnAssignments: Scalars['Int']['output'];
};

/** Where a kind’s deadlines come from. */
export type DeadlinePolicySource =
  /** The product’s own default: the seeds set none for this kind and the site set none either. */
  | 'PRODUCT_DEFAULT'
  /** The seeds state them (complaints: 001 投诉接待 (5)); no site changes them. */
  | 'SEED'
  /** The site set them. */
  | 'SITE';

/** SLA deadlines computed from intake time and severity (staff only). */
export type Deadlines = {
  __typename?: 'Deadlines';
  /** Handed to the director (major, same day) or the supervisor (important, within 1 hour); null for minor. */
  handoverBy: Maybe<Scalars['DateTime']['output']>;
  /** A clear reply to the requester (major, within 2 days); null otherwise. */
  replyBy: Maybe<Scalars['DateTime']['output']>;
  /** Resolved: within 10 days (major), 3 days (important), or 2 days or the requester’s own deadline (minor). */
  resolveBy: Scalars['DateTime']['output'];
};

/** A department outside customer service that tickets are relayed to (信息传达): engineering, logistics, leasing … Staff of the site with `department.view`. */
export type Department = {
  __typename?: 'Department';
  /** False once retired: kept for old relays, offered for no new one. */
  active: Scalars['Boolean']['output'];
  /** A short code, unique within the site (engineering). */
  code: Scalars['String']['output'];
  /** People and desks to call. */
  contacts: Array<DepartmentContact>;
  /** The department’s id. */
  id: Scalars['ID']['output'];
  /** Its staff accounts: they receive its relays in their own inbox. */
  members: Array<Staff>;
  /** Its name in both languages (工程维修部); requesters read it on their timeline. */
  name: LocalizedText;
  /** The kind of peer department it is, which a ticket’s `relayedTo` shows; null for one of no listed kind (security). */
  peer: Maybe<PeerDepartment>;
};

/** A page of departments. */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<DepartmentEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** Someone to call in a department (联系人). Reached only through `Department.contacts`. */
export type DepartmentContact = {
  __typename?: 'DepartmentContact';
  /** Their name, or a duty desk. */
  name: Scalars['String']['output'];
  /** Their phone: 11-digit mobile or landline with area code. */
  phone: Maybe<Scalars['String']['output']>;
  /** Their role (经理, 值班 …); may be empty. */
  role: Scalars['String']['output'];
};

/** Someone to call in a department. */
export type DepartmentContactInput = {
  /** Their name or a duty desk (at most 40 characters). */
  name: Scalars['String']['input'];
  /** A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their role (at most 20 characters). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** One department in a page. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Department;
};

/** A department’s whole record. */
export type DepartmentInput = {
  /** False retires it; true by default. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A short code of lower-case letters, digits and _, unique within the site. */
  code: Scalars['String']['input'];
  /** People and desks to call (at most 10). */
  contacts?: InputMaybe<Array<DepartmentContactInput>>;
  /** Its staff accounts (ids of staff of the site); they receive its relays. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Its name. */
  name: DepartmentNameInput;
  /** The kind of peer department it is, if any. */
  peer?: InputMaybe<PeerDepartment>;
};

/** A department’s name in both languages. */
export type DepartmentNameInput = {
  /** In English, at most 40 characters. */
  en: Scalars['String']['input'];
  /** In Chinese (工程维修部), at most 40 characters. */
  zh: Scalars['String']['input'];
};

/** What a document on a requester’s file is. */
export type DocumentKind =
  /** Lease contract (租赁合同). */
  | 'CONTRACT'
  /** Insurance card (保险卡). */
  | 'INSURANCE_CARD'
  /** Business licence (营业执照). */
  | 'LICENCE';

/** Duties grouped by function (职责): 业务管理 business management, 部门管理 department management, 客户接待 reception … */
export type DutyGroup = {
  __typename?: 'DutyGroup';
  /** The duties, in the seed documents’ order. */
  duties: Array<LocalizedText>;
  /** The function the duties serve (业务管理 business management, 客户接待 reception …). */
  function: LocalizedText;
};

/** Duties under one heading (职责, grouped by function: 业务管理, 客户接待 …). */
export type DutyGroupInput = {
  /** The duties under it, in order. */
  duties: Array<LocalizedTextInput>;
  /** The heading (the function the duties serve). */
  function: LocalizedTextInput;
};

/** A merchant’s contract or document that runs out soon. Reached only through `expiringRequesterFiles`. */
export type ExpiringItem = {
  __typename?: 'ExpiringItem';
  /** Its last valid day, on the site’s calendar. */
  expiresOn: Scalars['LocalDate']['output'];
  /** Whose file it is on. */
  requester: Requester;
  /** The contract, or which kind of document. */
  what: ExpiringWhat;
};

/** A page of contracts and documents running out. */
export type ExpiringItemConnection = {
  __typename?: 'ExpiringItemConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<ExpiringItemEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One contract or document running out. */
export type ExpiringItemEdge = {
  __typename?: 'ExpiringItemEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: ExpiringItem;
};

/** What runs out: the lease contract on the file, or one of its documents. */
export type ExpiringWhat =
  /** The merchant’s lease contract (its end day on the file). */
  | 'CONTRACT'
  /** An insurance card document. */
  | 'INSURANCE_CARD'
  /** A business licence document. */
  | 'LICENCE';

/** A 回访 owed by a resolved repair (`001_…` 走回访) and its calls. Staff of the site who may see it with `followup.view`: their queue, their team, their own calls. Never shown in the portal. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** Every call, oldest first. */
  attempts: Array<FollowUpAttempt>;
  /** Failed calls left before the supervisor decides (at most 3). */
  attemptsLeft: Scalars['Int']['output'];
  /** Who calls; null until someone takes it. */
  caller: Maybe<Staff>;
  /** After a reopen, the site’s policy wants a caller other than the handler. */
  callerMustNotBeHandler: Scalars['Boolean']['output'];
  /** When it ended. */
  doneAt: Maybe<Scalars['DateTime']['output']>;
  /** When the 回访 is due (repairs: 2 days, leaks 3 days after the water test). */
  dueAt: Scalars['DateTime']['output'];
  /** Failed calls since it was last assigned. */
  failedAttempts: Scalars['Int']['output'];
  /** The ticket’s handler when it was resolved. */
  handler: Maybe<Staff>;
  /** The follow-up’s id. */
  id: Scalars['ID']['output'];
  /** When to call again, after a failed call. */
  nextCallAt: Maybe<Scalars['DateTime']['output']>;
  /** How it ended; null while owed. */
  outcome: Maybe<FollowUpOutcome>;
  /** Still owed and past its due time. */
  overdue: Scalars['Boolean']['output'];
  /** The ticket’s reopen count when it was resolved: 0 for the first result. */
  round: Scalars['Int']['output'];
  /** Where it stands. */
  status: FollowUpStatus;
  /** The ticket followed up; null for a viewer who may not open the ticket itself. */
  ticket: Maybe<Ticket>;
  /** The ticket’s number (KF-000123). */
  ticketNumber: Scalars['Int']['output'];
  /** How many times the ticket was sent back to work (已退回). */
  ticketReopenCount: Scalars['Int']['output'];
  /** The ticket’s one-line summary. */
  ticketTitle: Scalars['String']['output'];
  /** Its version: a call names the one the client read; a stale one is CONFLICT. */
  version: Scalars['Int']['output'];
  /** The viewer may record a call now: open, `followup.call`, and not the handler the policy keeps out. */
  viewerMayCall: Scalars['Boolean']['output'];
  /** The viewer may decide now: awaiting a decision and `followup.decide`. */
  viewerMayDecide: Scalars['Boolean']['output'];
};

/** One 回访 call attempt (staff only). Reached only through `FollowUp.attempts`. */
export type FollowUpAttempt = {
  __typename?: 'FollowUpAttempt';
  /** When the call was made. */
  at: Scalars['DateTime']['output'];
  /** Who called. */
  caller: Maybe<Staff>;
  /** The caller’s note (internal). */
  note: Maybe<Scalars['String']['output']>;
  /** What a reached call found. */
  outcome: Maybe<ReachedOutcome>;
  /** Reached or not. */
  result: CallResult;
  /** When to call again, after a failed attempt. */
  retryAt: Maybe<Scalars['DateTime']['output']>;
  /** The requester’s satisfaction, 1–5, when reached. */
  satisfaction: Maybe<Scalars['Int']['output']>;
};

/** How the follow-up (回访) was made. */
export type FollowUpChannel =
  /** On site (上门回访). */
  | 'ON_SITE'
  /** By phone (电话回访). */
  | 'PHONE';

/** A page of follow-ups. */
export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<FollowUpEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** The supervisor’s decision after the last failed call. */
export type FollowUpDecision =
  /** Close without reaching the requester (未联系上，结束回访). */
  | 'CLOSE'
  /** Assign the call again, with a fresh set of attempts (重新指派). */
  | 'REASSIGN';

/** One follow-up in a page. */
export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: FollowUp;
};

/** How a follow-up ended. */
export type FollowUpOutcome =
  /** Reached; the problem is not fixed (问题未解决): the ticket went back to its handler. */
  | 'NOT_FIXED'
  /** Reached; the requester is satisfied (满意). */
  | 'SATISFIED'
  /** Closed by the supervisor without reaching the requester (未联系上). */
  | 'UNREACHED'
  /** The ticket went back to work before the call (a low rating, a reopen); its next result owes a new one. */
  | 'WITHDRAWN';

/** The month’s 回访 rates over the follow-ups the viewer may see: 客户意见定时回访率 (reached by the due time) and 回访处理率 (`001_…` "对维修服务回访处理率达100%"). Staff with `followup.view`. */
export type FollowUpRates = {
  __typename?: 'FollowUpRates';
  /** Follow-ups due in the period (withdrawn ones are not owed). */
  due: Scalars['Int']['output'];
  /** The month’s start in the mall’s time zone. */
  from: Scalars['DateTime']['output'];
  /** Done: reached, or closed unreached by the supervisor. */
  handled: Scalars['Int']['output'];
  /** handled / due; null when nothing was due. */
  handledRate: Maybe<Scalars['Float']['output']>;
  /** Reached by their due time. */
  onTime: Scalars['Int']['output'];
  /** onTime / due; null when nothing was due. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Now: follow-ups due up to now count. */
  to: Scalars['DateTime']['output'];
};

/** Where a follow-up (回访) stands. */
export type FollowUpStatus =
  /** Three calls failed; the supervisor decides (待主管决定). */
  | 'AWAITING_DECISION'
  /** Done (已完成): reached, closed unreached, or withdrawn. */
  | 'DONE'
  /** To be called (待回访). */
  | 'OPEN';

/** A view of the 回访 queue. */
export type FollowUpView =
  /** Due before the mall day ends and not yet late (今日到期). */
  | 'DUE_TODAY'
  /** The calls the viewer took or was assigned (我的回访). */
  | 'MINE'
  /** Past its due time and still owed (已逾期), supervisor decisions included. */
  | 'OVERDUE'
  /** Every follow-up still owed that the viewer may see: their queue or their team (本组回访). */
  | 'TEAM';

/** Information another department passed to customer service (对其他部门传达的信息): a shop’s closure, a power cut, a promotion; acknowledged by the desk and, for an audience of requesters, a notice on their portal. Staff of the site with `inbound.view`. */
export type Inbound = {
  __typename?: 'Inbound';
  /** When customer service acknowledged it (受理); null while it waits. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who acknowledged it. */
  acknowledgedBy: Maybe<Staff>;
  /** Who it is for. */
  audience: InboundAudience;
  /** The details. */
  body: Scalars['String']['output'];
  /** The department that passed it on. */
  department: Department;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: InboundKind;
  /** Shown on the portal: acknowledged and meant for requesters. */
  onPortal: Scalars['Boolean']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Who registered it. */
  registeredBy: Maybe<Staff>;
  /** For `REQUESTER`: the requester it is for. */
  requesterId: Maybe<Scalars['ID']['output']>;
  /** A one-line summary; the portal shows it as the notice’s title. */
  title: Scalars['String']['output'];
  /** For `UNITS`: the start of the shop units it is for. */
  unitPrefix: Maybe<Scalars['String']['output']>;
};

/** Who a notice is for (通知对象). */
export type InboundAudience =
  /** Customer service only; never on the portal. */
  | 'INTERNAL'
  /** One requester (`requesterId`). */
  | 'REQUESTER'
  /** Every requester of the site. */
  | 'SITE'
  /** Requesters with a shop unit starting with `unitPrefix` (a floor "B2", a unit "B2-007"). */
  | 'UNITS';

/** A page of inbound information. */
export type InboundConnection = {
  __typename?: 'InboundConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<InboundEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One piece of inbound information in a page. */
export type InboundEdge = {
  __typename?: 'InboundEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Inbound;
};

/** What inbound information is about. */
export type InboundKind =
  /** A shop or area closes (停业/闭店). */
  | 'CLOSURE'
  /** Anything else. */
  | 'OTHER'
  /** A power, water or lift outage (停电/停水/检修). */
  | 'OUTAGE'
  /** A promotion or event (促销/活动). */
  | 'PROMOTION';

/** Where an invitation to the portal stands. */
export type InvitationState =
  /** Not used within 7 days. */
  | 'EXPIRED'
  /** Not yet used and still valid. */
  | 'OPEN'
  /** Withdrawn by a clerk before use. */
  | 'REVOKED'
  /** Used: it became a sign-in. */
  | 'USED';

/** A new invitation with its code: shown this once and never again. Reached only through `inviteRequester`. */
export type IssuedInvitation = {
  __typename?: 'IssuedInvitation';
  /** The one-time code (16 letters and digits, no look-alikes). */
  code: Scalars['String']['output'];
  /** The invitation. */
  invitation: RequesterInvitation;
  /** The portal address carrying the code, from the site’s root: /portal/?invitation=…. */
  portalPath: Scalars['String']['output'];
};

/** A ticket kind’s deadlines at the viewer’s site, per severity, and where they come from. */
export type KindDeadlines = {
  __typename?: 'KindDeadlines';
  /** The kind. */
  kind: TicketKind;
  /** The seed line the deadlines come from, when they do. */
  seedLine: Maybe<Scalars['String']['output']>;
  /** Major, important, minor. */
  severities: Array<SeverityDeadlines>;
  /** The seeds, the product’s default, or the site. */
  source: DeadlinePolicySource;
};

/** A kind’s deadlines for each severity. */
export type KindDeadlinesInput = {
  /** Important (重要). */
  important: SeverityDeadlinesInput;
  /** Major (重大). */
  major: SeverityDeadlinesInput;
  /** Minor (轻微). */
  minor: SeverityDeadlinesInput;
};

/** A KPI of the catalogue (关键绩效指标). */
export type KpiCode =
  /** 客户满意度: customers’ mean stars. */
  | 'CUSTOMER_SATISFACTION'
  /** 部门投诉率: valid complaints per 1,000 reception-log contacts. */
  | 'DEPARTMENT_COMPLAINT_RATE'
  /** 客流统计完成情况: passenger-flow counts done. */
  | 'FLOW_COUNT_COMPLETION'
  /** 回访处理率: repairs followed up (seed 001: 100%). */
  | 'FOLLOWUP_HANDLING_RATE'
  /** 客户意见定时回访率: follow-ups made by their deadline. */
  | 'FOLLOWUP_ON_TIME_RATE'
  /** 商户满意度: merchants’ mean stars. */
  | 'MERCHANT_SATISFACTION'
  /** 按时出车率: shuttle-cart departures on time. */
  | 'ON_TIME_DEPARTURE_RATE'
  /** 来客准时接待率: contacts received within the reception standard. */
  | 'ON_TIME_RECEPTION_RATE'
  /** 个人有效投诉次数: valid complaints whose subject is the person. */
  | 'PERSONAL_VALID_COMPLAINTS'
  /** 信息传递准确率: relays that reached the right department at once. */
  | 'RELAY_ACCURACY'
  /** 服务问题率: valid complaints per 100 decided tickets. */
  | 'SERVICE_PROBLEM_RATE'
  /** 所属下级有效投诉率: subordinates’ valid-complaint rate. */
  | 'SUBORDINATE_COMPLAINT_RATE'
  /** 满意度调查完成率: survey questionnaires completed. */
  | 'SURVEY_COMPLETION_RATE'
  /** 有效投诉次数: valid complaints. */
  | 'VALID_COMPLAINTS'
  /** 车辆检查次数: shuttle-cart inspections. */
  | 'VEHICLE_INSPECTIONS';

/** A KPI of the catalogue: its words, its formula over stored facts, its positions. Staff with `kpi.view`. */
export type KpiDefinition = {
  __typename?: 'KpiDefinition';
  /** Its code. */
  code: KpiCode;
  /** False while the facts it reads are not stored (its figure is then no data). */
  dataAvailable: Scalars['Boolean']['output'];
  /** Which way is better. */
  direction: KpiDirection;
  /** The formula in words. */
  formula: LocalizedText;
  /** True when the seed gives no formula and this one is the product’s. */
  formulaByProduct: Scalars['Boolean']['output'];
  /** Its name (有效投诉次数). */
  name: LocalizedText;
  /** Codes of the catalogue positions measured by it. */
  positions: Array<Scalars['String']['output']>;
  /** Whose facts a position’s figure covers. */
  reach: KpiReach;
  /** The seed’s wording and where it comes from. */
  seed: Array<KpiSeedReference>;
  /** A target the seed itself sets (回访处理率 100%). */
  seedTarget: Maybe<Scalars['Float']['output']>;
  /** How its figure reads. */
  unit: KpiUnit;
};

/** Which way a KPI is better. */
export type KpiDirection =
  /** Higher is better. */
  | 'HIGHER'
  /** Lower is better. */
  | 'LOWER';

/** Which tickets behind a figure. */
export type KpiDrillFact =
  /** Tickets decided (resolved or judged 无效). */
  | 'DECIDED_TICKETS'
  /** Rated tickets decided. */
  | 'RATINGS'
  /** Complaints decided valid. */
  | 'VALID_COMPLAINTS';

/** One KPI’s figure for a subject and period, against the site’s target. Reached through a scorecard the viewer may read. */
export type KpiFigure = {
  __typename?: 'KpiFigure';
  /** What a rate or mean divides by; null for a count. */
  denominator: Maybe<Scalars['Float']['output']>;
  /** The KPI. */
  kpi: KpiDefinition;
  /** Why there is no figure. */
  noDataReason: Maybe<KpiNoDataReason>;
  /** What it counts (a count, a rate’s numerator, a mean’s sum). */
  numerator: Maybe<Scalars['Float']['output']>;
  /** Red, amber or green against the target. */
  status: KpiStatus;
  /** The target in force: the site’s newest, else the seed’s. */
  target: Maybe<Scalars['Float']['output']>;
  /** The figure (two decimals); null when there is no data. */
  value: Maybe<Scalars['Float']['output']>;
};

/** Follow-ups (回访) due in the month, withdrawn ones left out, and how they went: the facts of 客户意见定时回访率 and 回访处理率. */
export type KpiFollowUpTotals = {
  __typename?: 'KpiFollowUpTotals';
  /** Due in the month. */
  due: Scalars['Int']['output'];
  /** Done by the month’s end: reached, or closed unreached after the last attempt. */
  handled: Scalars['Int']['output'];
  /** 回访处理率 in percent; null with nothing due. */
  handlingRate: Maybe<Scalars['Float']['output']>;
  /** Of those handled, reached and found not fixed (sent back to work). */
  notFixed: Scalars['Int']['output'];
  /** The requester reached by the deadline. */
  onTime: Scalars['Int']['output'];
  /** 客户意见定时回访率 in percent; null with nothing due. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Of those handled, closed without reaching the requester. */
  unreached: Scalars['Int']['output'];
};

/** A member site of a group (集团) in the group view: its site-level figures, against its own targets. Reached only through `kpiGroups`. */
export type KpiGroupSite = {
  __typename?: 'KpiGroupSite';
  /** The site’s code. */
  code: Scalars['String']['output'];
  /** Every KPI of the catalogue for the site, as its director reads them, with the site’s targets and status. */
  figures: Array<KpiFigure>;
  /** The site’s name (the mall). */
  name: LocalizedText;
  /** The site’s id. */
  siteId: Scalars['ID']['output'];
};

/** A group of sites (集团) over a period: its totals per KPI and each member site side by side. Only the group’s readers (set up by the operator) ever receive one, through `kpiGroups`. */
export type KpiGroupView = {
  __typename?: 'KpiGroupView';
  /** The group’s code. */
  code: Scalars['String']['output'];
  /** The group’s id. */
  groupId: Scalars['ID']['output'];
  /** The group’s name. */
  name: LocalizedText;
  /** The day after its last. */
  periodEnd: Scalars['LocalDate']['output'];
  /** The period’s first day. */
  periodStart: Scalars['LocalDate']['output'];
  /** Each member site, by code. */
  sites: Array<KpiGroupSite>;
  /** The group’s figure per KPI, in catalogue order, from the member sites’ summed facts: a count is the sum over the sites, a rate the ratio of the summed numerators and denominators, a mean weighted by each site’s count. No target (`NO_TARGET`): targets are each site’s. */
  totals: Array<KpiFigure>;
};

/** Tickets received in the month of one kind, channel (source), severity and requester kind. */
export type KpiIntakeCount = {
  __typename?: 'KpiIntakeCount';
  /** How it came in (来电/来访/信函/网上). */
  channel: Scalars['String']['output'];
  /** How many. */
  count: Scalars['Int']['output'];
  /** Of those, judged 无效. */
  invalid: Scalars['Int']['output'];
  /** Ticket kind. */
  kind: Scalars['String']['output'];
  /** Merchant, customer or owner. */
  requesterKind: Scalars['String']['output'];
  /** Severity. */
  severity: Scalars['String']['output'];
};

/** A month’s report of the site (统计、分析、上报). Needs `kpi.report.view`. */
export type KpiMonthlyReport = {
  __typename?: 'KpiMonthlyReport';
  /** The director’s analysis, once written. */
  analysis: Maybe<KpiReportAnalysis>;
  /** Follow-up compliance (回访达成). */
  followUps: KpiFollowUpTotals;
  /** Tickets received, by kind, channel, severity and requester kind. */
  intake: Array<KpiIntakeCount>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Each person’s KPI figures. */
  people: Array<KpiScorecard>;
  /** The first day of the next month. */
  periodEnd: Scalars['LocalDate']['output'];
  /** The first day. */
  periodStart: Scalars['LocalDate']['output'];
  /** The most recurring units and categories. */
  recurring: Array<KpiRecurring>;
  /** Relays and their accuracy. */
  relays: KpiRelayTotals;
  /** The site’s KPI figures. */
  site: KpiScorecard;
  /** Compliance per deadline. */
  sla: Array<KpiSlaCompliance>;
  /** Each team’s KPI figures. */
  teams: Array<KpiScorecard>;
};

/** Why a KPI has no figure; never shown as 0. */
export type KpiNoDataReason =
  /** Nothing happened in the period to make it a rate or a mean of. */
  | 'NO_EVENTS'
  /** Its facts are not stored yet (the context that records them is not built). */
  | 'SOURCE_PENDING';

/** A KPI period on the site’s clock. */
export type KpiPeriodKind =
  /** A calendar month. */
  | 'MONTH'
  /** A week, Monday to Sunday. */
  | 'WEEK';

/** Whose facts a position’s figure covers. */
export type KpiReach =
  /** Only those below the holder (所属下级). */
  | 'BELOW'
  /** Only the holder’s own. */
  | 'SELF'
  /** The holder’s and everyone’s below (the director’s: the site). */
  | 'SUBTREE';

/** A place (shop unit) or category that recurs among the month’s tickets. */
export type KpiRecurring = {
  __typename?: 'KpiRecurring';
  /** unit or category. */
  by: Scalars['String']['output'];
  /** How many tickets. */
  count: Scalars['Int']['output'];
  /** The unit (B2-031) or kind/repair category. */
  key: Scalars['String']['output'];
};

/** Relays sent in the month and their accuracy. */
export type KpiRelayTotals = {
  __typename?: 'KpiRelayTotals';
  /** 信息传递准确率 in percent; null with no relays. */
  accuracy: Maybe<Scalars['Float']['output']>;
  /** Relays correcting a misrouted one. */
  corrected: Scalars['Int']['output'];
  /** Returned as not the department’s. */
  misrouted: Scalars['Int']['output'];
  /** Relays sent. */
  relayed: Scalars['Int']['output'];
  /** Answered by their due time. */
  repliedOnTime: Scalars['Int']['output'];
};

/** The director’s analysis of a month. */
export type KpiReportAnalysis = {
  __typename?: 'KpiReportAnalysis';
  /** The text. */
  analysis: Scalars['String']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** When it was last written. */
  writtenAt: Scalars['DateTime']['output'];
  /** Who wrote it (a Staff id). */
  writtenById: Scalars['ID']['output'];
};

/** A subject’s KPI figures over one period. Reached only through fields that checked the viewer may read the subject. */
export type KpiScorecard = {
  __typename?: 'KpiScorecard';
  /** One figure per KPI the subject is measured by, in catalogue order. */
  figures: Array<KpiFigure>;
  /** A person’s name, a position’s title, or the site. */
  name: LocalizedText;
  /** The day after its last. */
  periodEnd: Scalars['LocalDate']['output'];
  /** The period’s first day (site-local). */
  periodStart: Scalars['LocalDate']['output'];
  /** The position’s or staff member’s id; null for the site. */
  subjectId: Maybe<Scalars['ID']['output']>;
  /** Whose figures. */
  subjectKind: KpiSubjectKind;
};

/** Where a seed job description names a KPI. */
export type KpiSeedReference = {
  __typename?: 'KpiSeedReference';
  /** The seed file. */
  file: Scalars['String']['output'];
  /** Its line. */
  line: Scalars['Int']['output'];
  /** The catalogue position the line describes. */
  position: Scalars['String']['output'];
  /** The seed’s own words. */
  wording: Scalars['String']['output'];
};

/** One deadline’s compliance among tickets whose deadline fell in the month. */
export type KpiSlaCompliance = {
  __typename?: 'KpiSlaCompliance';
  /** handover, reply or resolve. */
  deadline: Scalars['String']['output'];
  /** Due in the month. */
  due: Scalars['Int']['output'];
  /** Met by the deadline. */
  met: Scalars['Int']['output'];
  /** Percent met; null with nothing due. */
  rate: Maybe<Scalars['Float']['output']>;
};

/** Where the viewer’s KPI page starts. Reached only through `kpiStartingPoints`. */
export type KpiStartingPoints = {
  __typename?: 'KpiStartingPoints';
  /** True when the viewer reads the site’s figures (the director). */
  site: Scalars['Boolean']['output'];
  /** The viewer’s own staff id: their own figures. */
  staffId: Scalars['ID']['output'];
  /** The positions the viewer holds with a team below them whose figures they read. */
  teamPositionIds: Array<Scalars['ID']['output']>;
};

/** A figure against its target (red/amber/green). */
export type KpiStatus =
  /** Short of the target within the margin of its unit. */
  | 'AMBER'
  /** At or beyond the target. */
  | 'GREEN'
  /** No figure (see `noDataReason`). */
  | 'NO_DATA'
  /** No target is set. */
  | 'NO_TARGET'
  /** Short of the target beyond the margin. */
  | 'RED';

/** Whose figures: the site, a position’s team, or one member of staff. */
export type KpiSubjectInput = {
  /** The position’s or staff member’s id; empty for the site. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Site, position or staff. */
  kind: KpiSubjectKind;
};

/** Whose figures. */
export type KpiSubjectKind =
  /** A position’s team: its holders and everyone below. */
  | 'POSITION'
  /** The whole site (the director’s figures). */
  | 'SITE'
  /** One member of staff. */
  | 'STAFF';

/** A target the site set for one KPI, at a time, by someone; the newest is in force. Staff with `kpi.view`. */
export type KpiTarget = {
  __typename?: 'KpiTarget';
  /** The KPI. */
  kpi: KpiCode;
  /** Why, in the setter’s words. */
  note: Maybe<Scalars['String']['output']>;
  /** When it was set. */
  setAt: Scalars['DateTime']['output'];
  /** Who set it (a Staff id). */
  setById: Scalars['ID']['output'];
  /** The target, in the KPI’s unit. */
  target: Scalars['Float']['output'];
};

/** A team side by side: its own figure, each team within it, each person in it. */
export type KpiTeam = {
  __typename?: 'KpiTeam';
  /** Each person who held a position of the team in the period. */
  people: Array<KpiScorecard>;
  /** The team’s figure (its position’s subtree). */
  team: KpiScorecard;
  /** Each team within it: a position below that leads a team of its own. */
  units: Array<KpiScorecard>;
};

/** A ticket behind a KPI figure, as the drill-down lists it. Reached only through `kpiTickets`. */
export type KpiTicket = {
  __typename?: 'KpiTicket';
  /** When it was decided (resolved or judged 无效). */
  decidedAt: Scalars['DateTime']['output'];
  /** The ticket’s id. */
  id: Scalars['ID']['output'];
  /** Its kind (complaint, repair …). */
  kind: Scalars['String']['output'];
  /** Its number (KF-000123). */
  number: Scalars['Int']['output'];
  /** The stars given, if any. */
  satisfaction: Maybe<Scalars['Int']['output']>;
  /** Its severity. */
  severity: Scalars['String']['output'];
  /** Whom it counts for: the holder at the deciding event. */
  staffId: Maybe<Scalars['ID']['output']>;
  /** Its status now. */
  status: Scalars['String']['output'];
  /** Its one-line summary. */
  title: Scalars['String']['output'];
};

/** How a KPI’s figure reads. */
export type KpiUnit =
  /** A count. */
  | 'COUNT'
  /** A percentage (0–100). */
  | 'PERCENT'
  /** Per thousand. */
  | 'PER_MILLE'
  /** Mean stars, 1–5. */
  | 'SCORE';

/** Text in zh-CN and English. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English. */
  en: Scalars['String']['output'];
  /** Simplified Chinese (zh-CN), the product’s first language. */
  zh: Scalars['String']['output'];
};

/** Text in both product languages; both are required. */
export type LocalizedTextInput = {
  /** English. */
  en: Scalars['String']['input'];
  /** Simplified Chinese (zh-CN), the product’s first language. */
  zh: Scalars['String']['input'];
};

/** Where a merchant stands with the mall. */
export type MerchantStatus =
  /** Closing down or moving out (撤场中). */
  | 'CLOSING'
  /** Has left the mall (已撤场); its units are free for a new tenant. */
  | 'LEFT'
  /** Trading (营业中). */
  | 'OPEN';

/** A message taken for a member of staff or a unit (留言). Its receiver, those over them, its taker and, once overdue, the supervisors over its taker. */
export type Message = {
  __typename?: 'Message';
  /** When the receiver acknowledged it; null until then. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who acknowledged it. */
  acknowledgedBy: Maybe<Staff>;
  /** How long it has waited for its receiver, in seconds (until acknowledged). */
  ageSeconds: Scalars['Int']['output'];
  /** Unacknowledged past the site’s escalation time: shown to the taker’s supervisors. */
  escalated: Scalars['Boolean']['output'];
  /** When it goes to the taker’s supervisors if still unacknowledged. */
  escalatesAt: Scalars['DateTime']['output'];
  /** The person it is for; null when it is for a unit. */
  forStaff: Maybe<Staff>;
  /** The unit it is for; null when it is for a person. */
  forUnit: Maybe<Unit>;
  /** Who left it, in the taker’s words. */
  fromName: Scalars['String']['output'];
  /** A number to call them back on. */
  fromPhone: Maybe<Scalars['String']['output']>;
  /** The message’s id. */
  id: Scalars['ID']['output'];
  /** When it was taken. */
  takenAt: Scalars['DateTime']['output'];
  /** Who took it. */
  takenBy: Maybe<Staff>;
  /** The message. */
  text: Scalars['String']['output'];
  /** Normal or urgent. */
  urgency: MessageUrgency;
};

/** A page of messages. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<MessageEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One message in a page. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Message;
};

/** How soon the receiver should see a message. */
export type MessageUrgency =
  /** Normal (一般): goes to the taker’s supervisors after the site’s escalation time. */
  | 'NORMAL'
  /** Urgent (紧急): goes to the taker’s supervisors after half of it. */
  | 'URGENT';

/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type Mutation = {
  __typename?: 'Mutation';
  /** The department takes the relay up (受理); the requester reads that it did. Needs `relay.respond` (the department’s account, or recording it by phone). */
  acceptRelay: Relay;
  /** Customer service acknowledges inbound information (受理); a notice meant for requesters shows on their portal from now on. Needs `inbound.acknowledge`; again changes nothing; NOT_FOUND when not on the viewer’s site. */
  acknowledgeInbound: Inbound;
  /** The receiver acknowledges a message, once. Needs `message.acknowledge` over it (its person or someone of its unit). */
  acknowledgeMessage: Message;
  /** Files a document (PDF, JPEG, PNG or WebP, at most 10 MB) on a requester’s file, sent as a multipart file part. Needs `requester.documents` (the archive clerk); NOT_FOUND for a file not on the viewer’s site. */
  addRequesterDocument: RequesterDocument;
  /** Adds a staff note (at most 1000 characters) to a requester’s file. Needs `requester.view`; NOT_FOUND for a file not on the viewer’s site. */
  addRequesterNote: RequesterNote;
  /** Puts a person in a position from a day on; acting (代理) when they stand in for someone. Needs `org.assignment.edit` over that position. */
  assignStaff: Assignment;
  /** Dispatches the ticket to a member of staff (派单), optionally re-triaging its severity. Needs `ticket.assign` over the ticket (staff only). */
  assignTicket: Ticket;
  /** Withdraws the change scheduled after today of a position’s reporting lines (no `action`) or of its grant of `action`; returns the day it would have taken effect. The trail records it. Needs `org.reportingLine.edit` over the position for its lines; for a grant, `org.position.edit` over it and a grant no wider than the editor’s own. Refused as `positionId` nothing_scheduled when none is pending. */
  cancelScheduledOrgChange: Scalars['LocalDate']['output'];
  /** Changes the viewer’s own password. Every other session of the account ends; this one goes on, and a first or reset password no longer holds it back. Any signed-in viewer, including one who must change their password. */
  changeOwnPassword: Viewer;
  /** Sets the positions a position reports to (直接上级). Refuses cycles. Needs `org.reportingLine.edit` over that position. */
  changeReportingLine: Position;
  /** Closes the ticket; a resolved one only when no follow-up (回访) is owed. Needs `ticket.close` over the ticket (staff only). */
  closeTicket: Ticket;
  /** Adds an internal note (备注) to the ticket’s timeline: staff only, never shown in the portal; the ticket and its version are unchanged. Needs `ticket.view` over the ticket (staff only). */
  commentTicket: Ticket;
  /** Adds a department outside customer service. Needs `department.manage`; a code in use or a member not of the site is a field error. */
  createDepartment: Department;
  /** Creates a position. Needs `org.position.edit` over every position it reports to (or holding one of them); at the top of the tree, site-wide. */
  createPosition: Position;
  /** Registers a merchant, owner or customer. Needs `requester.create`; CONFLICT (reason REQUESTER.DUPLICATE, details.existingId) when the phone or an active unit is taken. */
  createRequester: Requester;
  /** Adds a person to the staff directory. Needs `staff.edit`. */
  createStaff: Staff;
  /** Gives a member of staff who has none a sign-in; its first password must be changed at the first sign-in. Needs `staff.edit` over that person. */
  createStaffSignIn: SignIn;
  /** Registers a phone, walk-in or letter ticket (受理), with its caller when `newRequester` is given. A retried call with the same key returns the same ticket. Needs `ticket.create`. */
  createTicket: Ticket;
  /** Deactivates a member of staff: from today they hold no position, are signed out everywhere and cannot sign in; the tickets they hold are counted for reassignment. Refused for one’s own record (ORG.SELF_DEACTIVATION). Needs `staff.edit` over that person. */
  deactivateStaff: DeactivateStaffPayload;
  /** After the third failed call: close it unreached, or assign the call again to a member of staff who may make it. Needs `followup.decide`. */
  decideFollowUp: FollowUp;
  /** Ends an assignment on a day (exclusive): the person no longer holds the position from then; with `handOverTo` their open work goes to that person, with `returnWorkToQueue` back to the unit’s queue, in the same step. Needs `org.assignment.edit` over its position, and — when the work moves — `ticket.view` and `ticket.assign` over each open ticket (otherwise FORBIDDEN, reason ORG.HANDOVER_NOT_PERMITTED, with how many block it; nothing written). */
  endAssignment: Assignment;
  /** Escalates the ticket (上报) to the next holder up the reporting line. Needs `ticket.escalate` over the ticket (staff only). */
  escalateTicket: Ticket;
  /** Merchants and owners from the template (.xlsx, at most 10 MB and 5000 rows), sent as a multipart file part. With confirm false, a preview that checks every row and writes nothing; with confirm true, every row is written or, when any is at fault, none. A file that is not xlsx, too large or without the header row is a BAD_USER_INPUT on `file`. Needs `requester.import`. */
  importRequesters: RequesterImportResult;
  /** Staff with their position and first day from the template (.xlsx, at most 10 MB and 5000 rows), sent as a multipart file part. With confirm false, a preview that checks every row and writes nothing; with confirm true, every record and appointment is written or, when any row is at fault, none. A file that is not xlsx, too large or without the header row is a BAD_USER_INPUT on `file`. Needs `staff.edit`. */
  importStaff: StaffImportResult;
  /** Invites a merchant or owner to the portal: a one-time code, valid 7 days, with which they choose a username and password. INVALID_OPERATION (ACCOUNT.NOT_INVITABLE) for a shopper. Needs `requester.invite`. */
  inviteRequester: IssuedInvitation;
  /** Signs in with a username and password and sets the session cookie. Open to anyone. Failures are throttled per (username, address) pair: once a pair has 3 failures within 15 minutes, its UNAUTHENTICATED error (reason AUTH.INVALID_CREDENTIALS) tells how many tries are left (extensions.details.remainingAttempts) and each next try waits longer (1 s, doubling, at most 60 s); after 10 the pair is locked until the oldest of them is 15 minutes old. A username's failures from every address only slow down the addresses that failed it (at most 30 s), and an address with 100 failures within the window is refused only for usernames that failed there. A username tried from an address where it has not failed is never refused. A refused attempt answers TOO_MANY_REQUESTS with the seconds to wait (extensions.details.retryAfterSeconds). */
  login: Viewer;
  /** Ends the current session and clears the cookie. Open to anyone; always true. */
  logout: Scalars['Boolean']['output'];
  /** Marks every notification of the viewer read; answers how many were unread. Needs `notification.view`. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks one of the viewer’s notifications read (the first reading stands). Another’s id is NOT_FOUND. Needs `notification.view`. */
  markNotificationRead: Notification;
  /** Judges a complaint not valid (无效投诉); it no longer counts as a valid complaint. Needs `ticket.markInvalid` over the ticket (staff only). */
  markTicketInvalid: Ticket;
  /** Records that a member of staff opened the ticket, so a portal request is no longer new to the desk (`newToStaff`). Idempotent: the first look stands; needs only `ticket.view` over the ticket (staff only). */
  markTicketSeen: Ticket;
  /** Rates the outcome 1–5 stars once it is resolved; 2 or fewer sends the request back to the department. Requesters only, on their own requests. */
  rateRequest: MyRequest;
  /** Takes a deactivated member of staff back: they may sign in again; positions are given anew with assignStaff. Needs `staff.edit` over that person. */
  reactivateStaff: Staff;
  /** The viewer receives a waiting visitor, now or at the given time. Needs `reception.register`. */
  receiveVisitor: ReceptionEntry;
  /** Records the follow-up call or visit (回访) and the requester’s satisfaction (1–5). Needs `ticket.followUp` over the ticket (staff only). */
  recordFollowUp: Ticket;
  /** Records a 回访 call. Failed: a retry time is required until the third failure, which hands the follow-up to the supervisor. Reached: the ticket is followed up (`followUp`), and "not fixed" sends it back to its handler and tells their supervisor. Needs `followup.call` over the follow-up (and `ticket.followUp` when reached); bad input is a field error and nothing is written. */
  recordFollowUpCall: FollowUp;
  /** Records how a received contact ended: answered on the spot, relayed, or a message taken. Needs `reception.register`. */
  recordReceptionOutcome: ReceptionEntry;
  /** Turns an invitation into a sign-in and signs it in (sets the session cookie). Open to anyone holding a code; BAD_USER_INPUT (ACCOUNT.INVITATION_INVALID on input.code) for a code unknown, used, revoked or expired, CONFLICT for a taken username. */
  redeemInvitation: Viewer;
  /** Registers information another department passes to customer service. Needs `inbound.register`; BAD_USER_INPUT with field errors for a department or requester not of the site, a missing or malformed unit prefix. */
  registerInbound: Inbound;
  /** Registers a call, visit or letter (来电来访登记). Needs `reception.register`; BAD_USER_INPUT with field errors for times in the future, a reception before the arrival or a requester not on the site. */
  registerReception: ReceptionEntry;
  /** Hands the ticket to another department (传达), such as repairs or logistics: a relay the department accepts, returns or answers (see `relayTicketToDepartment`). Needs `ticket.relay` over the ticket and `relay.create` (staff only). */
  relayTicket: Ticket;
  /** Relays a ticket to a department of the site (信息传达) with what is asked; the answer is due by the ticket’s severity. Needs `ticket.relay` over the ticket and `relay.create`. A department of another site, a ticket no longer open, or a correction of anything but a relay returned as not ours is a field error, and nothing is written. */
  relayTicketToDepartment: Relay;
  /** Reopens a resolved, closed or invalid ticket and puts it back in the queue with fresh deadlines. Needs `ticket.reopen` over the ticket (staff only). */
  reopenTicket: Ticket;
  /** Gives the requester a clear answer (明确答复), shown on their timeline; it meets the reply deadline. Needs `ticket.reply` over the ticket (staff only). */
  replyTicket: Ticket;
  /** The department answers with its result (反馈); the requester reads it on their timeline. Needs `relay.respond`; a relay already answered or returned is a field error. */
  replyToRelay: Relay;
  /** Sets a new password for a staff sign-in: every session of it ends, and its owner must change the password at the next sign-in. Needs `staff.edit` over its owner. */
  resetStaffPassword: SignIn;
  /** Drops the site’s deadlines for a kind: the product’s default applies again to new tickets. Needs `ticket.policy.configure`. */
  resetTicketKindDeadlines: KindDeadlines;
  /** Reports the result (反馈); complaints and repairs get their follow-up (回访) due date, repairs by category. Needs `ticket.resolve` over the ticket (staff only). */
  resolveTicket: Ticket;
  /** Retires a position from today on, when nobody holds it and nobody reports to it (otherwise the error says who). Needs `org.position.edit` over it. */
  retirePosition: Scalars['Boolean']['output'];
  /** The department sends the relay back with a reason; the ticket returns to the queue unless another relay of it is open. Not ours counts against 信息传递准确率. Needs `relay.respond`; a relay already answered or returned is a field error. */
  returnRelay: Relay;
  /** Withdraws an invitation not yet used; one used, revoked or expired is answered as it is. Needs `requester.invite`. */
  revokeInvitation: RequesterInvitation;
  /** Signs one of the viewer’s own sessions out (a lost phone); NOT_FOUND for any other id. Any signed-in viewer. */
  revokeMySession: Scalars['Boolean']['output'];
  /** Signs a member of staff out on every device at once (a lost phone, a departure); returns how many sessions were ended. Needs `staff.edit` over that person. */
  revokeStaffSessions: Scalars['Int']['output'];
  /** Writes the director’s analysis of a month’s report. Needs `kpi.report.edit`. */
  saveKpiReportAnalysis: KpiReportAnalysis;
  /** Sets the site’s target for a KPI; earlier targets stay as its history. Needs `kpi.target.set`; BAD_USER_INPUT with a field error for a target out of its unit’s range. */
  setKpiTarget: KpiTarget;
  /** Sets after how many minutes (5 to 1440) unacknowledged messages go to the taker’s supervisors. Needs `message.configure`. */
  setMessageEscalationMinutes: Scalars['Int']['output'];
  /** Sets how far a position may take one action on the viewer’s site (a cell of the permission matrix); no scope takes it away. Refuses a grant beyond the editor’s own, a scope the action does not support, portal-facing actions, and leaving nobody who edits the org site-wide. Needs `org.position.edit` over that position. */
  setPositionGrant: PermissionRow;
  /** Sets the site’s reception standard in minutes (1 to 120). Needs `reception.configure`. */
  setReceptionStandardMinutes: Scalars['Int']['output'];
  /** Disables a requester’s sign-in, ending every session of it at once, or enables it again. Needs `requester.invite`. */
  setRequesterSignInDisabled: RequesterSignIn;
  /** Disables (signing it out everywhere at once) or enables a staff sign-in. Needs `staff.edit` over its owner. */
  setStaffSignInDisabled: SignIn;
  /** Sets the site’s deadlines for a kind other than complaints; new tickets of the kind follow them. Field errors name `major.resolveWithinHours` and the like. Needs `ticket.policy.configure`. */
  setTicketKindDeadlines: KindDeadlines;
  /** Records or corrects who a complaint is about (被投诉人及被投诉部门); null clears it. Recorded in the timeline (staff only). Needs `ticket.setSubject` over the ticket (staff only). */
  setTicketSubject: Ticket;
  /** Ends every session of the viewer's account, this one included; returns how many were ended. Any signed-in viewer. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Marks the ticket as being worked on. Needs `ticket.start` over the ticket (staff only). */
  startTicket: Ticket;
  /** A merchant or owner submits a request from the portal; it lands in the merchant service centre’s queue (商户服务部). Retries with the same key return the same request. Requesters only. */
  submitRequest: MyRequest;
  /** Takes a message for a member of staff or a unit (留言). Needs `message.take`; a receiver not on the site is a field error. */
  takeMessage: Message;
  /** The viewer takes the ticket on as its handler (接单), e.g. a clerk working what they registered. Needs `ticket.take` over the ticket (staff only). */
  takeTicket: Ticket;
  /** Turns a received contact into a ticket in one step and links both (outcome `ticket`). Needs `reception.register` and `ticket.create`; a retried call with the same key returns the same entry. */
  turnReceptionIntoTicket: ReceptionEntry;
  /** Rewrites a department: name, contacts, staff accounts, or retires it. Needs `department.manage`; NOT_FOUND for one not on the viewer’s site. */
  updateDepartment: Department;
  /** A portal user corrects their own phone and preferred contact time; the file is always the signed-in requester’s own. Requesters only. */
  updateMyContact: Requester;
  /** Edits any part of a position's job description. Needs `org.position.edit` over that position. */
  updatePosition: Position;
  /** Rewrites a requester’s file. Needs `requester.edit`; NOT_FOUND for a file not on the viewer’s site; CONFLICT as for createRequester. */
  updateRequester: Requester;
  /** Edits a staff record; every changed field goes into its history. Needs `staff.edit` over that person. */
  updateStaff: Staff;
  /** Stores one photo (JPEG, PNG or WebP, at most 5 MB) for a request about to be submitted; pass its id in SubmitRequestInput.photoIds. Requesters only. */
  uploadRequestPhoto: Photo;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAcceptRelayArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAcknowledgeInboundArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAcknowledgeMessageArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAddRequesterDocumentArgs = {
  expiresOn?: InputMaybe<Scalars['LocalDate']['input']>;
  file: Scalars['File']['input'];
  kind: DocumentKind;
  requesterId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAddRequesterNoteArgs = {
  body: Scalars['String']['input'];
  requesterId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAssignStaffArgs = {
  input: AssignStaffInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationAssignTicketArgs = {
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  severity?: InputMaybe<Severity>;
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCancelScheduledOrgChangeArgs = {
  action?: InputMaybe<Action>;
  positionId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationChangeOwnPasswordArgs = {
  input: ChangeOwnPasswordInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationChangeReportingLineArgs = {
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
  positionId: Scalars['ID']['input'];
  reportsTo: Array<Scalars['ID']['input']>;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCloseTicketArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCommentTicketArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCreateDepartmentArgs = {
  input: DepartmentInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCreatePositionArgs = {
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
  input: CreatePositionInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCreateRequesterArgs = {
  input: RequesterInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCreateStaffArgs = {
  input: CreateStaffInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCreateStaffSignInArgs = {
  input: NewSignInInput;
  staffId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationCreateTicketArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CreateTicketInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationDeactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationDecideFollowUpArgs = {
  callerId?: InputMaybe<Scalars['ID']['input']>;
  decision: FollowUpDecision;
  expectedVersion: Scalars['Int']['input'];
  followUpId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationEndAssignmentArgs = {
  endsOn: Scalars['LocalDate']['input'];
  handOverTo?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  returnWorkToQueue?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationEscalateTicketArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationImportRequestersArgs = {
  confirm: Scalars['Boolean']['input'];
  file: Scalars['File']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationImportStaffArgs = {
  confirm: Scalars['Boolean']['input'];
  file: Scalars['File']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationInviteRequesterArgs = {
  requesterId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationMarkTicketInvalidArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationMarkTicketSeenArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRateRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  stars: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationReactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationReceiveVisitorArgs = {
  id: Scalars['ID']['input'];
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRecordFollowUpArgs = {
  channel: FollowUpChannel;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  satisfaction: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRecordFollowUpCallArgs = {
  input: RecordFollowUpCallInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRecordReceptionOutcomeArgs = {
  id: Scalars['ID']['input'];
  outcome: RecordedReceptionOutcome;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRedeemInvitationArgs = {
  input: RedeemInvitationInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRegisterInboundArgs = {
  input: RegisterInboundInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRegisterReceptionArgs = {
  input: RegisterReceptionInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRelayTicketArgs = {
  department: PeerDepartment;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRelayTicketToDepartmentArgs = {
  ask: Scalars['String']['input'];
  correctsRelayId?: InputMaybe<Scalars['ID']['input']>;
  departmentId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationReopenTicketArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationReplyTicketArgs = {
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationReplyToRelayArgs = {
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationResetStaffPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationResetTicketKindDeadlinesArgs = {
  kind: TicketKind;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationResolveTicketArgs = {
  id: Scalars['ID']['input'];
  repairCategory?: InputMaybe<RepairCategory>;
  resolution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  waterTestAt?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRetirePositionArgs = {
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationReturnRelayArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: ReturnReason;
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRevokeMySessionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationRevokeStaffSessionsArgs = {
  staffId: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSaveKpiReportAnalysisArgs = {
  analysis: Scalars['String']['input'];
  month: Scalars['String']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetKpiTargetArgs = {
  input: SetKpiTargetInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetMessageEscalationMinutesArgs = {
  minutes: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetPositionGrantArgs = {
  action: Action;
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
  positionId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetReceptionStandardMinutesArgs = {
  minutes: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetRequesterSignInDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetStaffSignInDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetTicketKindDeadlinesArgs = {
  deadlines: KindDeadlinesInput;
  kind: TicketKind;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSetTicketSubjectArgs = {
  id: Scalars['ID']['input'];
  subject?: InputMaybe<ComplaintSubjectInput>;
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationStartTicketArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationSubmitRequestArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: SubmitRequestInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationTakeMessageArgs = {
  input: TakeMessageInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationTakeTicketArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationTurnReceptionIntoTicketArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  input: TicketFromReceptionInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: DepartmentInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationUpdateMyContactArgs = {
  input: MyContactInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationUpdatePositionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationUpdateRequesterArgs = {
  id: Scalars['ID']['input'];
  input: RequesterInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationUpdateStaffArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStaffInput;
};


/** Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type MutationUploadRequestPhotoArgs = {
  file: Scalars['File']['input'];
};

/** What a portal user may correct on their own file. */
export type MyContactInput = {
  /** A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321); empty for none. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** When to call them back, in their words (at most 60 characters); empty for any time. */
  preferredContactTime?: InputMaybe<Scalars['String']['input']>;
};

/** A merchant's or owner's own request, as the portal shows it: no staff-only fields. Only its requester may read it. */
export type MyRequest = Node & {
  __typename?: 'MyRequest';
  /** The requester may rate the outcome now. */
  canRate: Scalars['Boolean']['output'];
  /** When it was closed or judged not valid. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the requester wrote. */
  description: Scalars['String']['output'];
  /** What the follow-up (回访) on the current result concluded; null until one is made. */
  followUp: Maybe<RequestFollowUp>;
  /** Global id: opaque, stable, and unique across every type of the schema. */
  id: Scalars['ID']['output'];
  /** What the request is about. */
  kind: TicketKind;
  /** Shop unit or place in the mall. */
  location: Maybe<Scalars['String']['output']>;
  /** The number to quote to the department, unique within the site (shown as KF-000123). */
  number: Scalars['Int']['output'];
  /** The department is late on the deadline that matters now. */
  overdue: Scalars['Boolean']['output'];
  /** Photos sent with the request, oldest first. */
  photos: Array<Photo>;
  /** When the requester prefers to be called back, in their words. */
  preferredContactTime: Maybe<Scalars['String']['output']>;
  /** When the department promised an answer: the reply deadline, else the resolution deadline. */
  promisedBy: Scalars['DateTime']['output'];
  /** When the department received it (受理). */
  receivedAt: Scalars['DateTime']['output'];
  /** The department it was handed to (传达), while it is there. */
  relayedTo: Maybe<PeerDepartment>;
  /** How the department resolved it, in the words reported to the requester (反馈); null until resolved and again once reopened. */
  resolution: Maybe<Scalars['String']['output']>;
  /** When the department reported the result (反馈). */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** How seriously the department treats it: from the kind when submitted in the portal, else as staff triaged it; staff may re-triage it. */
  severity: Severity;
  /** Where it is in its life cycle. */
  status: TicketStatus;
  /** What happened so far, oldest first, without internal events and notes. */
  timeline: Array<RequestEvent>;
  /** A one-line summary. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with rateRequest: a stale version is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`. */
export type MyRequestConnection = {
  __typename?: 'MyRequestConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<MyRequestEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One item of a page with its cursor. */
export type MyRequestEdge = {
  __typename?: 'MyRequestEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: MyRequest;
};

/** A sign-in name and a first password, which its owner must change at their first sign-in. */
export type NewSignInInput = {
  /** First password: at least 10 characters, not containing the username, not one of the 10,000 most common. */
  password: Scalars['String']['input'];
  /** Sign-in name: 3–32 letters, digits, dots, dashes or underscores; stored in lower case; unique. */
  username: Scalars['String']['input'];
};

/** A record that can be fetched again by its global id through `node`. */
export type Node = {
  /** Global id: opaque, stable, and unique across every type of the schema. */
  id: Scalars['ID']['output'];
};

/** A notice on the portal (通知): information from the mall meant for the viewer — the whole site, their floor or unit, or them. Requesters only, their own notices. */
export type Notice = {
  __typename?: 'Notice';
  /** Its text. */
  body: Scalars['String']['output'];
  /** The department it comes from (工程维修部). */
  from: LocalizedText;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: InboundKind;
  /** When it was published (acknowledged by customer service). */
  publishedAt: Scalars['DateTime']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A page of notices. */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<NoticeEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One notice in a page. */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Notice;
};

/** One entry of the viewer’s inbox (消息提醒), linking to its ticket, relay or message. Only ever the viewer’s own. */
export type Notification = {
  __typename?: 'Notification';
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The notification’s own id. */
  id: Scalars['ID']['output'];
  /** Why the viewer is told. */
  kind: NotificationKind;
  /** The message it is about (留言); null when it is about a ticket or a relay. */
  message: Maybe<Message>;
  /** The viewer has read it. */
  read: Scalars['Boolean']['output'];
  /** The relay it is about (信息传达); null when it is about a ticket or a message. */
  relay: Maybe<Relay>;
  /** The ticket it is about; null when it is about a relay or a message. */
  ticket: Maybe<Ticket>;
};

/** A page of the viewer’s inbox. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<NotificationEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One notification in a page. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Notification;
};

/** Why a member of staff is told (消息提醒). */
export type NotificationKind =
  /** A ticket was dispatched to me (派单). */
  | 'ASSIGNED'
  /** A ticket was escalated to me (上报). */
  | 'ESCALATED'
  /** A follow-up (回访) is overdue and was escalated to me. */
  | 'FOLLOW_UP_OVERDUE'
  /** A ticket of my team was rated 2 or less (不满意). */
  | 'LOW_RATING'
  /** A major complaint (重大投诉) was registered today: it is for the director. */
  | 'MAJOR_COMPLAINT'
  /** A message (留言) was taken for me. */
  | 'MESSAGE_FOR_ME'
  /** A message my clerk took is still unacknowledged past the site’s time. */
  | 'MESSAGE_OVERDUE'
  /** A relay (信息传达) I made, am over, or must answer is past its due time. */
  | 'RELAY_OVERDUE'
  /** A ticket of my team was reopened by hand (重新打开). */
  | 'REOPENED';

/** One entry of the org’s audit trail: who changed what, when, before → after. Needs `org.audit.view`, or `org.position.edit` on the position for its own history. */
export type OrgChange = {
  __typename?: 'OrgChange';
  /** The member of staff who made the change. */
  actor: Maybe<Staff>;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** The fields changed, before → after. */
  changes: Array<OrgFieldChange>;
  /** The entry’s id; later entries have larger ids. */
  id: Scalars['ID']['output'];
  /** What kind of change. */
  kind: OrgChangeKind;
  /** The position changed; null once it has been retired. */
  position: Maybe<Position>;
  /** The position’s title (also when it has since been retired). */
  positionTitle: LocalizedText;
  /** The person appointed or whose appointment ended; null for other kinds. */
  staff: Maybe<Staff>;
};

/** A page of the org’s audit trail. */
export type OrgChangeConnection = {
  __typename?: 'OrgChangeConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<OrgChangeEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One org change, with its cursor. */
export type OrgChangeEdge = {
  __typename?: 'OrgChangeEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: OrgChange;
};

/** What kind of org change an audit entry records. */
export type OrgChangeKind =
  /** An appointment ended (or, not yet begun, was withdrawn). */
  | 'ASSIGNMENT_END'
  /** Someone was appointed to a position. */
  | 'ASSIGNMENT_START'
  /** A cell of the permission matrix was set. */
  | 'GRANT_CHANGE'
  /** A position was created. */
  | 'POSITION_CREATE'
  /** A position’s job description, title or headcount was edited. */
  | 'POSITION_EDIT'
  /** A position was retired. */
  | 'POSITION_RETIRE'
  /** The positions a position reports to were changed. */
  | 'REPORTING_LINE_CHANGE';

/** One site's department: its units and positions with their reporting lines. */
export type OrgChart = {
  __typename?: 'OrgChart';
  /** Every position; follow reportsTo and directReports for the tree. */
  positions: Array<Position>;
  /** Every unit: 客户服务部 and its service centres. */
  units: Array<Unit>;
};

/** One field of an org change, before → after. Values are JSON text, so a field of any shape can be shown. */
export type OrgFieldChange = {
  __typename?: 'OrgFieldChange';
  /** The value after, as JSON text; null when there is none. */
  after: Maybe<Scalars['String']['output']>;
  /** The value before, as JSON text; null when there was none. */
  before: Maybe<Scalars['String']['output']>;
  /** The field: a position field (title, headcount, duties …), reportsTo, an action (for a grant), startsOn/endsOn/acting, retiredOn. */
  field: Scalars['String']['output'];
};

/** Where a page sits in its list, and the cursors to go on from it. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor to pass as `after` for the next page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** This page was asked for after a cursor, so items precede it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on the page; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Departments outside customer service that tickets are relayed to. */
export type PeerDepartment =
  /** Advertising (广告部). */
  | 'ADVERTISING'
  /** Engineering and repairs (工程部/维修部). */
  | 'ENGINEERING'
  /** The sales-floor manager (卖场经理). */
  | 'FLOOR_MANAGER'
  /** Leasing (招商部). */
  | 'LEASING'
  /** Logistics (物流部). */
  | 'LOGISTICS'
  /** Marketing (市场部). */
  | 'MARKETING'
  /** Property management (物业部). */
  | 'PROPERTY'
  /** Technical service (技术部). */
  | 'TECHNICAL';

/** Whether a position may take an action, and why (the reason is a stable key). */
export type PermissionCell = {
  __typename?: 'PermissionCell';
  /** The action decided on. */
  action: Action;
  /** The position’s holders may take it, at least within its scope. */
  allowed: Scalars['Boolean']['output'];
  /** The scopes the viewer may set in this cell (besides none); null when the viewer may not edit it. */
  choices: Maybe<Array<Scalars['String']['output']>>;
  /** The position’s own grant (catalogue or site) before its reporting line narrows it: what an editor changes; null for none. */
  positionScope: Maybe<Scalars['String']['output']>;
  /** Why, as a stable key the apps translate (granted, site_scope, not_granted, …). */
  reason: Scalars['String']['output'];
  /** How far the grant reaches: any, site, subordinates, own_queue, own. */
  scope: Maybe<Scalars['String']['output']>;
  /** Where the grant comes from: baseline (every position holder), catalogue (the default grants) or site (changed for this site); null when nothing grants it. */
  source: Maybe<Scalars['String']['output']>;
};

/** One position’s row of the permission matrix. Needs `org.view`. */
export type PermissionRow = {
  __typename?: 'PermissionRow';
  /** One cell per action, in the order of the Action enum. */
  cells: Array<PermissionCell>;
  /** The position. */
  position: Position;
};

/** A photo sent with a request. Reached only through an upload or a request the viewer may see. */
export type Photo = {
  __typename?: 'Photo';
  /** Size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** image/jpeg, image/png or image/webp, as read from the bytes. */
  contentType: Scalars['String']['output'];
  /** The photo’s id, as SubmitRequestInput.photoIds takes it. */
  id: Scalars['ID']['output'];
  /** Where the bytes are served, to the uploader and to those who may see its request. */
  url: Scalars['String']['output'];
};

/** A position of the department with its duties, KPIs, authorities and holders. Needs `org.view`. */
export type Position = Node & {
  __typename?: 'Position';
  /** Every assignment to this position, newest first. */
  assignmentHistory: Array<Assignment>;
  /** What it may propose, review, approve, oversee or appraise (工作职权). */
  authorities: Array<Authority>;
  /** Stable code, unique within the site (director, hall_clerk …). */
  code: Scalars['String']['output'];
  /** The positions that report to this one (直接下级). */
  directReports: Array<Position>;
  /** Its duties, grouped by function (职责). */
  duties: Array<DutyGroup>;
  /** How many people the position is staffed for (岗位定员). */
  headcount: Scalars['Int']['output'];
  /** This position’s own changes (edits, reporting lines, grants, appointments), newest first. Needs `org.audit.view`, or `org.position.edit` on this position. */
  history: PositionHistoryConnection;
  /** Assignments current today (on the as-of day, for a chart as of a past day). */
  holders: Array<Assignment>;
  /** Global id: opaque, stable, and unique across every type of the schema. */
  id: Scalars['ID']['output'];
  /** What its holders are measured on (关键绩效指标). */
  kpis: Array<LocalizedText>;
  /** Regular holders beyond the headcount today (超编), 0 when within it; an appointment beyond it needed a reason. */
  overStrength: Scalars['Int']['output'];
  /** What the position is for (职位概要). */
  purpose: LocalizedText;
  /** What a holder needs (任职资格). */
  qualifications: Qualifications;
  /** The positions this one reports to (直接上级). */
  reportsTo: Array<Position>;
  /** Changes of this position’s reporting lines and grants scheduled after today, by day. Needs `org.view`. */
  scheduledChanges: Array<ScheduledOrgChange>;
  /** The position’s title (客户服务部经理 Director of customer service …). */
  title: LocalizedText;
  /** The unit the position belongs to. */
  unit: Unit;
  /** Headcount minus the people holding it today, never below 0; an acting (代理) holder leaves the seat vacant. */
  vacancies: Scalars['Int']['output'];
  /** Goes up with every saved change: an edit or retirement sends the version it read, and is refused with CONFLICT when someone saved in between. */
  version: Scalars['Int']['output'];
  /** Where the work happens, as shares of the time (工作环境). */
  workEnvironment: Array<WorkShare>;
};


/** A position of the department with its duties, KPIs, authorities and holders. Needs `org.view`. */
export type PositionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of one position’s changes. */
export type PositionHistoryConnection = {
  __typename?: 'PositionHistoryConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<PositionHistoryEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One change of the position, with its cursor. */
export type PositionHistoryEdge = {
  __typename?: 'PositionHistoryEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: OrgChange;
};

/** What a holder of the position needs (任职资格). */
export type Qualifications = {
  __typename?: 'Qualifications';
  /** Education (学历). */
  education: LocalizedText;
  /** Working experience (经验). */
  experience: LocalizedText;
  /** Knowledge (知识). */
  knowledge: Array<LocalizedText>;
  /** Skills (技能). */
  skills: Array<LocalizedText>;
};

/** What a holder needs (任职资格). */
export type QualificationsInput = {
  /** Education (学历). */
  education: LocalizedTextInput;
  /** Working experience (经验). */
  experience: LocalizedTextInput;
  /** Knowledge (知识). */
  knowledge: Array<LocalizedTextInput>;
  /** Skills (技能). */
  skills: Array<LocalizedTextInput>;
};

/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type Query = {
  __typename?: 'Query';
  /** The site’s account audit log, newest first. Needs `account.audit` (the director). */
  accountEvents: AccountEventConnection;
  /** The open tickets and follow-ups of the person on an assignment, before it is ended. Needs `org.assignment.edit` over its position; another’s is FORBIDDEN. */
  assignmentOpenWork: AssignmentOpenWork;
  /** The deadlines a ticket would get if registered now: shown on the intake form before saving. Needs `ticket.create`. */
  deadlinePreview: Deadlines;
  /** One department. Needs `department.view`; NOT_FOUND when it is not on the viewer’s site. */
  department: Department;
  /** The site’s departments outside customer service (信息传达的相关部门), by code. Needs `department.view`. */
  departments: DepartmentConnection;
  /** Messages still unacknowledged past the site’s escalation time (urgent ones at half of it) that staff below the viewer took, newest first: the supervisor’s follow-up list. Needs `message.view`. */
  escalatedMessages: QueryEscalatedMessagesConnection;
  /** Merchants’ contracts and documents that expire within 30 days of the site’s today (today included), soonest first; merchants that left are not listed. Needs `requester.documents` (the archive clerk). */
  expiringRequesterFiles: ExpiringItemConnection;
  /** This month’s 回访 rates over the follow-ups the viewer may see. Needs `followup.view`. */
  followUpRates: FollowUpRates;
  /** The 回访 queue in one view, soonest due first, in cursor pages. Needs `followup.view`; filtered to what it allows. */
  followUps: FollowUpConnection;
  /** Information other departments passed to customer service, newest first (对其他部门传达的信息). Needs `inbound.view`. */
  inbound: InboundConnection;
  /** Every KPI of the catalogue, in order. Needs `kpi.view`. */
  kpiCatalogue: Array<KpiDefinition>;
  /** The groups of sites (集团) the viewer reads, each with its totals and its member sites’ figures side by side over a period. Staff only; an empty list for anyone the operator did not name a reader of a group, whatever they read on their own site. */
  kpiGroups: Array<KpiGroupView>;
  /** The month’s report of the viewer’s site (统计、分析、上报); the .xlsx at /exports/kpi-report/<month>.xlsx holds the same numbers. Needs `kpi.report.view`. */
  kpiMonthlyReport: KpiMonthlyReport;
  /** The month’s report as .xlsx, base64-encoded: the same tables and numbers as `kpiMonthlyReport`. Needs `kpi.report.view`. */
  kpiMonthlyReportXlsx: Scalars['String']['output'];
  /** A subject’s KPI figures over a period. Needs `kpi.view` reaching the subject: one’s own always, a team or person below with `subordinates`, the site at the top of the tree; NOT_FOUND otherwise, as for a missing one. */
  kpiScorecard: KpiScorecard;
  /** Where the viewer’s KPI page starts: the site, their teams, their own figures. Needs `kpi.view`. */
  kpiStartingPoints: KpiStartingPoints;
  /** Every target the site set, newest first: the first of each KPI is in force. Needs `kpi.view`. */
  kpiTargets: Array<KpiTarget>;
  /** A team side by side: its figure, each position directly below, each person in it. Needs `kpi.view` reaching the position. */
  kpiTeam: KpiTeam;
  /** The tickets behind a subject’s ticket figure in a period, newest decision first. The same access as `kpiScorecard`. */
  kpiTickets: Array<KpiTicket>;
  /** A subject’s figures over consecutive periods ending with the one holding `day`, oldest first. The same access as `kpiScorecard`. */
  kpiTrend: Array<KpiScorecard>;
  /** After how many minutes an unacknowledged message goes to the taker’s supervisors (30 unless the site set another). Needs `message.view`. */
  messageEscalationMinutes: Scalars['Int']['output'];
  /** Messages for the viewer and for their units, newest first. Needs `message.view`. */
  messageInbox: MessageConnection;
  /** Messages the viewer took, newest first, with whether each was acknowledged. Needs `message.take`. */
  messagesTakenByMe: QueryMessagesTakenByMeConnection;
  /** One notice meant for the viewer. Requesters only; NOT_FOUND for one that is not theirs, exactly as for one that does not exist. */
  myNotice: Notice;
  /** The notices meant for the viewer, newest first: for the whole site, for their floor or unit, or for them. Requesters only. */
  myNotices: NoticeConnection;
  /** The viewer’s inbox (消息提醒), newest first: only what links to a ticket they may still see. Needs `notification.view` (staff). */
  myNotifications: NotificationConnection;
  /** One of the viewer's own requests; NOT_FOUND for any other id. Requesters only. */
  myRequest: MyRequest;
  /** The viewer's own requests, newest first (20 a page by default). Requesters only. */
  myRequests: MyRequestConnection;
  /** The viewer’s own open sessions, newest first (at most 100). Any signed-in viewer. */
  mySessions: Array<Session>;
  /** Any record with a global id (Ticket, MyRequest, Position, Staff), under that type’s own rule: NOT_FOUND when it does not exist or the viewer may not see it. */
  node: Maybe<Node>;
  /** The audit trail of every org change of the viewer’s site, newest first. Needs `org.audit.view` (the director). */
  orgChanges: OrgChangeConnection;
  /** The org’s audit trail as .xlsx, base64-encoded: the newest 10,000 entries, one row per field changed (when, who, what kind, position, person, before → after). Needs `org.audit.view` (the director). */
  orgChangesXlsx: Scalars['String']['output'];
  /** The viewer’s site’s department (组织架构); with `asOf`, as it stood that day (positions, reporting lines and holders then). Needs `org.view`. */
  orgChart: OrgChart;
  /** Positions × actions as the domain decides them, with the choices the viewer may set in each cell (those with `org.position.edit` on the position). Needs `org.view`. */
  permissionMatrix: Array<PermissionRow>;
  /** The reception log (来电来访登记), newest arrival first. Needs `reception.view`. */
  receptionEntries: ReceptionEntryConnection;
  /** One entry of the reception log. Needs `reception.view`; NOT_FOUND when it is not on the viewer’s site. */
  receptionEntry: ReceptionEntry;
  /** The site’s reception standard: a visitor is received within this many minutes (3 unless the site set another). Needs `reception.view`. */
  receptionStandardMinutes: Scalars['Int']['output'];
  /** The hall’s waiting view: visitors and callers registered and not yet received, the longest waiting first. Needs `reception.view`. */
  receptionWaiting: QueryReceptionWaitingConnection;
  /** Relays to other departments, newest first: the viewer’s outbox, their department’s inbox, or all they may see. Staff only; filtered to what `relay.view` allows. */
  relays: RelayConnection;
  /** One requester’s file. Needs `requester.view`; NOT_FOUND when it does not exist on the viewer’s site. */
  requester: Requester;
  /** The archive of requesters’ files (来访人档案), by shop name or else name: search by shop, unit, name or phone. Needs `requester.view`. */
  requesterFiles: RequesterConnection;
  /** The import template (.xlsx), base64-encoded: the header row and one example row. Needs `requester.import`. */
  requesterImportTemplate: Scalars['String']['output'];
  /** Merchant, owner or customer lookup for the intake form. Needs `ticket.create`. */
  requesters: Array<Requester>;
  /** The staff import template (.xlsx), base64-encoded: the header row and one example row. Needs `staff.edit`. */
  staffImportTemplate: Scalars['String']['output'];
  /** The staff directory in name order: search by name, number or phone; filter by unit or position. Needs `staff.view`. */
  staffMembers: StaffConnection;
  /** One ticket as staff see it; NOT_FOUND when it does not exist or the viewer may not see it (requesters read theirs as MyRequest). */
  ticket: Ticket;
  /** How many tickets the viewer may see, by status and severity (dashboard); pairs with no ticket are left out. Staff only. */
  ticketCounts: Array<TicketCount>;
  /** Every ticket kind’s deadlines at the viewer’s site: complaints by 001, the others as the site set them or the product’s default. Staff only. */
  ticketDeadlinePolicies: Array<KindDeadlines>;
  /** The ticket queue the viewer may see, filtered and in cursor pages. Staff only; each sees the tickets the permission rules let them view. */
  tickets: TicketConnection;
  /** How many of the viewer’s notifications are unread (the bell), at most 100. Needs `notification.view` (staff). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The signed-in viewer, or null when nobody is signed in. */
  viewer: Maybe<Viewer>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryAccountEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryAssignmentOpenWorkArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryDeadlinePreviewArgs = {
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
  severity: Severity;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryEscalatedMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryExpiringRequesterFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  view: FollowUpView;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryInboundArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unacknowledgedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiGroupsArgs = {
  day?: InputMaybe<Scalars['LocalDate']['input']>;
  period?: InputMaybe<KpiPeriodKind>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiMonthlyReportArgs = {
  month: Scalars['String']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiMonthlyReportXlsxArgs = {
  month: Scalars['String']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiScorecardArgs = {
  day?: InputMaybe<Scalars['LocalDate']['input']>;
  period?: InputMaybe<KpiPeriodKind>;
  subject: KpiSubjectInput;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiTeamArgs = {
  day?: InputMaybe<Scalars['LocalDate']['input']>;
  period?: InputMaybe<KpiPeriodKind>;
  positionId: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiTicketsArgs = {
  day?: InputMaybe<Scalars['LocalDate']['input']>;
  fact: KpiDrillFact;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<KpiPeriodKind>;
  subject: KpiSubjectInput;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryKpiTrendArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  day?: InputMaybe<Scalars['LocalDate']['input']>;
  period?: InputMaybe<KpiPeriodKind>;
  subject: KpiSubjectInput;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMessageInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMessagesTakenByMeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMyNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMyNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMyRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryMyRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryOrgChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryOrgChartArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryReceptionEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryReceptionEntryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryReceptionWaitingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryRelaysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  box?: InputMaybe<RelayBox>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RelayStatus>>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryRequesterArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryRequesterFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<RequesterKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryRequestersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<RequesterKind>;
  search: Scalars['String']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action). */
export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TicketOrder>;
};

/** One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`. */
export type QueryEscalatedMessagesConnection = {
  __typename?: 'QueryEscalatedMessagesConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<QueryEscalatedMessagesConnectionEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One item of a page with its cursor. */
export type QueryEscalatedMessagesConnectionEdge = {
  __typename?: 'QueryEscalatedMessagesConnectionEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Message;
};

/** One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`. */
export type QueryMessagesTakenByMeConnection = {
  __typename?: 'QueryMessagesTakenByMeConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<QueryMessagesTakenByMeConnectionEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One item of a page with its cursor. */
export type QueryMessagesTakenByMeConnectionEdge = {
  __typename?: 'QueryMessagesTakenByMeConnectionEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Message;
};

/** One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`. */
export type QueryReceptionWaitingConnection = {
  __typename?: 'QueryReceptionWaitingConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<QueryReceptionWaitingConnectionEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One item of a page with its cursor. */
export type QueryReceptionWaitingConnectionEdge = {
  __typename?: 'QueryReceptionWaitingConnectionEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: ReceptionEntry;
};

/** What a reached call found. */
export type ReachedOutcome =
  /** The problem is not fixed (问题未解决): satisfaction 1 or 2; the ticket goes back to its handler. */
  | 'NOT_FIXED'
  /** The requester is satisfied (满意): satisfaction 3 to 5. */
  | 'SATISFIED';

/** What a contact was about (接待信息的分类). */
export type ReceptionCategory =
  /** Complaint (投诉). */
  | 'COMPLAINT'
  /** Consultation (咨询): market information, shopping. */
  | 'CONSULTATION'
  /** Leasing inquiry (招商咨询). */
  | 'LEASING_INQUIRY'
  /** Lost and found (失物招领). */
  | 'LOST_FOUND'
  /** Anything else (其他). */
  | 'OTHER'
  /** Repair report (报修). */
  | 'REPAIR'
  /** Return or exchange of goods (退换货). */
  | 'RETURNS';

/** How a contact reached the desk (来电、来访、信函). */
export type ReceptionChannel =
  /** A letter (信函). */
  | 'LETTER'
  /** A phone call (来电). */
  | 'PHONE'
  /** A visit to the desk or the service hall (来访). */
  | 'WALK_IN';

/** One registered call, visit or letter (来电来访登记). Staff with `reception.view` on the site. */
export type ReceptionEntry = {
  __typename?: 'ReceptionEntry';
  /** When the call came in or the visitor arrived (a fact for 来客准时接待率). */
  arrivedAt: Scalars['DateTime']['output'];
  /** What it was about. */
  category: ReceptionCategory;
  /** Call, visit or letter. */
  channel: ReceptionChannel;
  /** The entry’s id. */
  id: Scalars['ID']['output'];
  /** Waited longer than the site’s reception standard (`receptionStandardMinutes`); a waiting visitor turns late once it has passed. */
  late: Scalars['Boolean']['output'];
  /** How it ended; null while open. */
  outcome: Maybe<ReceptionOutcome>;
  /** When a clerk took them; null while a visitor waits. */
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The clerk who received them. */
  receivedBy: Maybe<Staff>;
  /** When the entry was written. */
  registeredAt: Scalars['DateTime']['output'];
  /** The clerk who wrote the entry. */
  registeredBy: Maybe<Staff>;
  /** Who it was; null for an anonymous caller or visitor. */
  requester: Maybe<Requester>;
  /** What they said or asked, in a few words. */
  summary: Scalars['String']['output'];
  /** The ticket it became, when the viewer may see that ticket. */
  ticket: Maybe<Ticket>;
  /** The number of the ticket it became (shown as KF-000123); null unless the outcome is a ticket. */
  ticketNumber: Maybe<Scalars['Int']['output']>;
  /** How long they waited to be received, in seconds; still counting while they wait. */
  waitedSeconds: Scalars['Int']['output'];
};

/** A page of the reception log. */
export type ReceptionEntryConnection = {
  __typename?: 'ReceptionEntryConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<ReceptionEntryEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One entry of the reception log in a page. */
export type ReceptionEntryEdge = {
  __typename?: 'ReceptionEntryEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: ReceptionEntry;
};

/** How a contact ended (处理结果). */
export type ReceptionOutcome =
  /** Answered on the spot (当场答复). */
  | 'ANSWERED'
  /** A message was taken (已留言). */
  | 'MESSAGE_TAKEN'
  /** Relayed to another department (已转交). */
  | 'RELAYED'
  /** Became a ticket (转为工单); see `ticket`. */
  | 'TICKET';

/** One 回访 call: failed with a retry time, or reached with what it found. */
export type RecordFollowUpCallInput = {
  /** Reached: by phone (the default) or on site. */
  channel?: InputMaybe<FollowUpChannel>;
  /** The version the client read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The follow-up’s id; one the viewer may not see is NOT_FOUND. */
  followUpId: Scalars['ID']['input'];
  /** The caller’s note, at most 1000 characters (internal). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Reached: satisfied, or the problem is not fixed. */
  outcome?: InputMaybe<ReachedOutcome>;
  /** Reached or not. */
  result: CallResult;
  /** Failed: when to call again, after now; not needed on the last allowed attempt. */
  retryAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reached: the requester’s satisfaction, 1–5 (1–2 with not fixed, 3–5 with satisfied). */
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
};

/** An outcome a clerk records directly; a ticket comes only with `turnReceptionIntoTicket`. */
export type RecordedReceptionOutcome =
  /** Answered on the spot (当场答复). */
  | 'ANSWERED'
  /** A message was taken (已留言). */
  | 'MESSAGE_TAKEN'
  /** Relayed to another department (已转交). */
  | 'RELAYED';

/** An invitation code and the sign-in its owner chooses. */
export type RedeemInvitationInput = {
  /** The code from the invitation (case, spaces and dashes do not matter). */
  code: Scalars['String']['input'];
  /** Password: at least 10 characters, not containing the username, not one of the 10,000 most common. */
  password: Scalars['String']['input'];
  /** Sign-in name: 3–32 letters, digits, dots, dashes or underscores; stored in lower case; unique. */
  username: Scalars['String']['input'];
};

/** Information another department passes to customer service. */
export type RegisterInboundInput = {
  /** Who it is for; `INTERNAL` keeps it off the portal. */
  audience: InboundAudience;
  /** The details (at most 1000 characters). */
  body: Scalars['String']['input'];
  /** The department that passes it on (a Department id of the site). */
  departmentId: Scalars['ID']['input'];
  /** What it is about. */
  kind: InboundKind;
  /** For `REQUESTER`: the requester (a Requester id of the site). */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  /** A one-line summary (at most 60 characters). */
  title: Scalars['String']['input'];
  /** For `UNITS`: the start of the shop units (letters, digits, dashes: "B2", "B2-007"). */
  unitPrefix?: InputMaybe<Scalars['String']['input']>;
};

/** A call, visit or letter as the desk registers it. */
export type RegisterReceptionInput = {
  /** When the call came in or the visitor arrived; not in the future. */
  arrivedAt: Scalars['DateTime']['input'];
  /** What it is about. */
  category: ReceptionCategory;
  /** Call, visit or letter. */
  channel: ReceptionChannel;
  /** How it ended, when it already has; needs `receivedAt`. */
  outcome?: InputMaybe<RecordedReceptionOutcome>;
  /** When the viewer received them; not before arrival nor in the future. Empty while a visitor waits. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who it is (a Requester id of the site, found or created first); empty for an anonymous contact. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  /** What they said or asked (at most 500 characters). */
  summary: Scalars['String']['input'];
};

/** A ticket relayed to a department outside customer service (信息传达) and the department’s answer. Staff who may see it: the site with `relay.view`, or its maker and the department’s own staff accounts. */
export type Relay = {
  __typename?: 'Relay';
  /** When the department took it up. */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** What is asked of the department. */
  ask: Scalars['String']['output'];
  /** The answer was taken by phone and recorded by someone outside the department. */
  byPhone: Scalars['Boolean']['output'];
  /** The relay returned as not ours that this one corrected. */
  correctsRelayId: Maybe<Scalars['ID']['output']>;
  /** The receiving department. */
  department: Department;
  /** When the department’s answer is due, by the ticket’s severity (SLA policy), never after the ticket must be resolved. */
  dueAt: Scalars['DateTime']['output'];
  /** The relay’s id. */
  id: Scalars['ID']['output'];
  /** Not yet answered and past its due time. */
  overdue: Scalars['Boolean']['output'];
  /** When it was relayed. */
  relayedAt: Scalars['DateTime']['output'];
  /** Who relayed it. */
  relayedBy: Maybe<Staff>;
  /** The name of who relayed it, for a department’s account that may not read the staff list. */
  relayedByName: Scalars['String']['output'];
  /** When the department answered. */
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  /** The department’s result; the requester reads it on their timeline. */
  reply: Maybe<Scalars['String']['output']>;
  /** Who recorded the last answer. */
  respondedBy: Maybe<Staff>;
  /** The department’s words on sending it back. */
  returnNote: Maybe<Scalars['String']['output']>;
  /** Why it was sent back. */
  returnReason: Maybe<ReturnReason>;
  /** When it was sent back. */
  returnedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: RelayStatus;
  /** The ticket relayed; null for a viewer who may not see the ticket itself (a department’s account reads `ticketNumber`, `ticketTitle`, `ticketLocation`). */
  ticket: Maybe<Ticket>;
  /** Where in the mall. */
  ticketLocation: Maybe<Scalars['String']['output']>;
  /** The ticket’s number (KF-000123). */
  ticketNumber: Scalars['Int']['output'];
  /** The ticket’s one-line summary. */
  ticketTitle: Scalars['String']['output'];
  /** Its version: an answer names the one the client read; a stale one is CONFLICT. */
  version: Scalars['Int']['output'];
  /** The viewer may accept, return or answer it (`relay.respond`). */
  viewerMayRespond: Scalars['Boolean']['output'];
};

/** Which relays a list shows. */
export type RelayBox =
  /** Every relay the viewer may see. */
  | 'ALL'
  /** The relays sent to departments the viewer is a staff account of (本部门待办). */
  | 'INBOX'
  /** The relays the viewer made (转交记录). */
  | 'OUTBOX';

/** A page of relays. */
export type RelayConnection = {
  __typename?: 'RelayConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<RelayEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One relay in a page. */
export type RelayEdge = {
  __typename?: 'RelayEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Relay;
};

/** Where a relay to another department stands (传达状态). */
export type RelayStatus =
  /** The department took it up (已受理). */
  | 'ACCEPTED'
  /** Sent, not yet taken up by the department (待受理). */
  | 'PENDING'
  /** The department answered with its result (已反馈). */
  | 'REPLIED'
  /** The department sent it back (已退回). */
  | 'RETURNED';

/** What a repair was about; it sets when the follow-up (回访) is due. */
export type RepairCategory =
  /** Leak (渗漏): follow-up due 3 days after the water test. */
  | 'LEAK'
  /** Anything else (其他): follow-up due 2 days after the repair. */
  | 'OTHER'
  /** Safety facility (安全设施): follow-up due 2 days after the repair. */
  | 'SAFETY';

/** One entry of a requester’s own timeline, in requester-safe words: no internal notes, no staff names (requesters only). */
export type RequestEvent = {
  __typename?: 'RequestEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Ratings: the requester’s own comment; replies: the department’s answer (明确答复); null for other events. */
  comment: Maybe<Scalars['String']['output']>;
  /** Relays: the department the request was handed to (传达); null for other events. */
  department: Maybe<PeerDepartment>;
  /** Relays and the department’s answers: the name of the department the request was handed to (工程维修部); null for other events. */
  departmentName: Maybe<LocalizedText>;
  /** The request went back to the department with this event. */
  reopened: Scalars['Boolean']['output'];
  /** The department’s answers: its result, in the words reported to the requester; null for other events. */
  reply: Maybe<Scalars['String']['output']>;
  /** Ratings and follow-ups: the stars or satisfaction given, 1–5; null for other events. */
  stars: Maybe<Scalars['Int']['output']>;
  /** A low rating sent the request back: it is in the queue of the handler's supervisor (their queue reaches their team's tickets). */
  supervisorNotified: Scalars['Boolean']['output'];
  /** The request’s status after the event. */
  toStatus: Maybe<TicketStatus>;
  /** What happened. */
  type: TicketEventType;
};

/** What the department’s follow-up call or visit (回访) on a result concluded, in requester-safe facts: no staff notes (requesters only). */
export type RequestFollowUp = {
  __typename?: 'RequestFollowUp';
  /** When the follow-up was made. */
  at: Scalars['DateTime']['output'];
  /** By phone or on site. */
  channel: FollowUpChannel;
  /** The result did not satisfy, so the request went back to work. */
  reopened: Scalars['Boolean']['output'];
  /** The satisfaction recorded, 1–5. */
  satisfaction: Scalars['Int']['output'];
};

/** A merchant (shop tenant), owner or customer who raises tickets, with their file (来访人档案). Staff of the site see the card; the file’s own fields need `requester.view`. A requester sees only their own card. */
export type Requester = {
  __typename?: 'Requester';
  /** Merchants: what the shop sells (经营类别). Needs `requester.view`. */
  businessCategory: Maybe<Scalars['String']['output']>;
  /** Merchants and owners: people to call (联系人). Needs `requester.view`. */
  contacts: Array<RequesterContact>;
  /** Merchants: the last day of the lease contract. Needs `requester.view`. */
  contractEndsOn: Maybe<Scalars['LocalDate']['output']>;
  /** Merchants: the first day of the lease contract. Needs `requester.view`. */
  contractStartsOn: Maybe<Scalars['LocalDate']['output']>;
  /** The file’s documents, newest first (the latest 50). Needs `requester.view`. */
  documents: Array<RequesterDocument>;
  /** Who changed what on the file, and when, newest first (the latest 50). Needs `requester.view`. */
  history: Array<RequesterChange>;
  /** The requester’s id, as CreateTicketInput.requesterId takes it. */
  id: Scalars['ID']['output'];
  /** The invitations made for the requester, newest first (at most 100). Needs `requester.invite`. */
  invitations: Array<RequesterInvitation>;
  /** Merchant, owner or customer. */
  kind: RequesterKind;
  /** The person’s name; empty for an anonymous walk-in customer. */
  name: Scalars['String']['output'];
  /** Staff notes on the file, newest first (the latest 50). Needs `requester.view`. */
  notes: Array<RequesterNote>;
  /** A phone number to call back on. */
  phone: Maybe<Scalars['String']['output']>;
  /** When they prefer to be called back (工作日 14:00 以后). Staff with `requester.view`, and the requester themself. */
  preferredContactTime: Maybe<Scalars['String']['output']>;
  /** Merchants: the shop’s name (鑫源瓷砖). */
  shopName: Maybe<Scalars['String']['output']>;
  /** Merchants: the shop’s unit in the mall (A1-018); the first of `units`. */
  shopUnit: Maybe<Scalars['String']['output']>;
  /** The requester’s sign-ins to the portal. Needs `requester.invite`. */
  signIns: Array<RequesterSignIn>;
  /** Merchants: open, closing or left; null for owners and customers. Needs `requester.view`. */
  status: Maybe<MerchantStatus>;
  /** Merchants and owners: every unit they hold (A1-018 …). Needs `requester.view`. */
  units: Array<Scalars['String']['output']>;
};

/** An entry of a file’s history: who changed what, when. Reached only through `Requester.history`, which needs `requester.view`. */
export type RequesterChange = {
  __typename?: 'RequesterChange';
  /** Registered, changed or a document filed. */
  action: RequesterChangeAction;
  /** Who did it. */
  actor: Maybe<Staff>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The fields that changed, from what to what. */
  fields: Array<RequesterFieldChange>;
  /** The entry’s id. */
  id: Scalars['ID']['output'];
};

/** What happened to a requester’s file. */
export type RequesterChangeAction =
  /** The file was registered. */
  | 'CREATED'
  /** A document was filed. */
  | 'DOCUMENT_ADDED'
  /** Its fields were changed. */
  | 'UPDATED';

/** A page of requesters’ files. */
export type RequesterConnection = {
  __typename?: 'RequesterConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<RequesterEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** Someone to call about a merchant or owner (联系人). Reached only through `Requester.contacts`, which needs `requester.view`. */
export type RequesterContact = {
  __typename?: 'RequesterContact';
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their phone: 11-digit mobile or landline with area code. */
  phone: Maybe<Scalars['String']['output']>;
  /** Their role: boss, shop assistant, accountant…; may be empty. */
  role: Scalars['String']['output'];
};

/** Someone to call about a merchant or owner. */
export type RequesterContactInput = {
  /** Their name (at most 40 characters). */
  name: Scalars['String']['input'];
  /** A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their role (at most 20 characters). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A document on a requester’s file (档案资料). Readable by whoever may read the file (`requester.view`). */
export type RequesterDocument = {
  __typename?: 'RequesterDocument';
  /** When it was filed. */
  addedAt: Scalars['DateTime']['output'];
  /** Who filed it. */
  addedBy: Maybe<Staff>;
  /** Size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** application/pdf, image/jpeg, image/png or image/webp, as read from the bytes. */
  contentType: Scalars['String']['output'];
  /** The last day it is valid, on the site’s calendar; null when it does not expire. */
  expiresOn: Maybe<Scalars['LocalDate']['output']>;
  /** The uploaded file’s name. */
  fileName: Scalars['String']['output'];
  /** The document’s id. */
  id: Scalars['ID']['output'];
  /** Licence, contract or insurance card. */
  kind: DocumentKind;
  /** Where the bytes are served to staff who may read the file. */
  url: Scalars['String']['output'];
};

/** One requester’s file in a page. */
export type RequesterEdge = {
  __typename?: 'RequesterEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Requester;
};

/** One field of a file as it was and as it became. Reached only through `RequesterChange.fields`. */
export type RequesterFieldChange = {
  __typename?: 'RequesterFieldChange';
  /** The field’s name (phone, units, contractEndsOn …; a document kind for a filed document). */
  field: Scalars['String']['output'];
  /** Its value before, as text; null when empty. */
  from: Maybe<Scalars['String']['output']>;
  /** Its value after, as text; null when empty. */
  to: Maybe<Scalars['String']['output']>;
};

/** One cell at fault in an imported sheet. Reached only through `importRequesters`. */
export type RequesterImportIssue = {
  __typename?: 'RequesterImportIssue';
  /** The template column (类别、店名、姓名、铺位、电话、经营类别、合同开始、合同结束), or null for the row as a whole. */
  column: Maybe<Scalars['String']['output']>;
  /** The sheet’s row number (the header is row 1). */
  row: Scalars['Int']['output'];
  /** What is wrong: required, phone_format, invalid_choice, invalid_date, invalid_format, too_long, out_of_range, or duplicate (within the sheet or already on file). */
  rule: Scalars['String']['output'];
};

/** What an import found and wrote. Reached only through `importRequesters`. */
export type RequesterImportResult = {
  __typename?: 'RequesterImportResult';
  /** How many cells are at fault in all. */
  issueCount: Scalars['Int']['output'];
  /** The cells at fault, by row then column (the first 200); empty when the sheet can be written. */
  issues: Array<RequesterImportIssue>;
  /** Rows read below the header (empty rows skipped). */
  rowCount: Scalars['Int']['output'];
  /** Files written: every row when confirmed without faults, otherwise 0. */
  written: Scalars['Int']['output'];
};

/** A requester’s whole file. Merchants need a shop name and a unit, owners a name and a unit; a customer may leave everything empty (an anonymous walk-in). Fields a kind does not have are ignored. */
export type RequesterInput = {
  /** Merchants: what the shop sells (at most 40 characters). */
  businessCategory?: InputMaybe<Scalars['String']['input']>;
  /** Merchants and owners: people to call (at most 10). */
  contacts?: InputMaybe<Array<RequesterContactInput>>;
  /** Merchants: the last day of the lease contract, not before its first. */
  contractEndsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Merchants: the first day of the lease contract. */
  contractStartsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Merchant, owner or customer. */
  kind: RequesterKind;
  /** The person’s name (at most 40 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321); unique on the site. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Merchants: the shop’s name (at most 60 characters). */
  shopName?: InputMaybe<Scalars['String']['input']>;
  /** Merchants: open (the default), closing or left. */
  status?: InputMaybe<MerchantStatus>;
  /** Merchants and owners: their units (A1-018); a unit held by another active file of the same kind is a CONFLICT. */
  units?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An invitation to the portal (网上服务邀请) for a merchant or owner; its code is shown once, when made. Needs `requester.invite`. */
export type RequesterInvitation = {
  __typename?: 'RequesterInvitation';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops holding (7 days after it was made). */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation’s id, as revokeInvitation takes it. */
  id: Scalars['ID']['output'];
  /** Open, used, revoked or expired, now. */
  state: InvitationState;
  /** When it became a sign-in. */
  usedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Who a requester is to the mall. */
export type RequesterKind =
  /** Customer (顾客): a shopper. */
  | 'CUSTOMER'
  /** Merchant (商户): a tenant with a shop in the mall. */
  | 'MERCHANT'
  /** Owner (业主) of property in the mall. */
  | 'OWNER';

/** A note a member of staff keeps on a requester’s file. Readable by whoever may read the file. */
export type RequesterNote = {
  __typename?: 'RequesterNote';
  /** Who wrote it. */
  author: Maybe<Staff>;
  /** What was noted. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The note’s id. */
  id: Scalars['ID']['output'];
};

/** A merchant’s or owner’s sign-in to the portal (one per person: a shop may have several). Needs `requester.invite`. */
export type RequesterSignIn = {
  __typename?: 'RequesterSignIn';
  /** Disabled: it cannot sign in. */
  disabled: Scalars['Boolean']['output'];
  /** The sign-in’s id, as setRequesterSignInDisabled takes it. */
  id: Scalars['ID']['output'];
  /** The name its owner chose. */
  username: Scalars['String']['output'];
};

/** Why a department sent a relay back. */
export type ReturnReason =
  /** The department’s matter, but it cannot handle it now; the note says why. */
  | 'CANNOT_HANDLE'
  /** Not this department’s matter (非本部门事项): the relay went to the wrong place; it counts against 信息传递准确率. */
  | 'NOT_OURS';

/** A change of a reporting line or a grant dated after the site’s today: not in force yet, withdrawn with cancelScheduledOrgChange. One per position’s lines, and one per grant cell, at a time. Needs `org.view`. */
export type ScheduledOrgChange = {
  __typename?: 'ScheduledOrgChange';
  /** For a grant: the action (null for a reporting line). */
  action: Maybe<Action>;
  /** The site-local day it takes effect (起生效). */
  effectiveOn: Scalars['LocalDate']['output'];
  /** What it changes. */
  kind: ScheduledOrgChangeKind;
  /** For a reporting line: the positions it will report to from that day (empty for a grant). */
  reportsTo: Array<Position>;
  /** For a grant: the scope it will have from that day, null for none (null for a reporting line). */
  scope: Maybe<Scalars['String']['output']>;
};

/** What a scheduled org change changes. */
export type ScheduledOrgChangeKind =
  /** A position’s grant of one action (a cell of the permission matrix). */
  | 'GRANT'
  /** The positions a position reports to (直接上级). */
  | 'REPORTING_LINE';

/** One of the viewer’s own open sessions (a signed-in browser). Only ever the viewer’s. */
export type Session = {
  __typename?: 'Session';
  /** When it signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** The session this request came with. */
  current: Scalars['Boolean']['output'];
  /** When it ends by itself. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session’s id, as revokeMySession takes it (not the cookie). */
  id: Scalars['ID']['output'];
};

/** A site’s target for one KPI. */
export type SetKpiTargetInput = {
  /** The KPI. */
  kpi: KpiCode;
  /** Why (at most 200 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** In the KPI’s unit: a rate 0–100, a score 1–5, a count 0 or more; two decimals at most. */
  target: Scalars['Float']['input'];
};

/** How serious a ticket is (级别): 重大 major, 重要 important, 轻微 minor. It sets the deadlines. */
export type Severity =
  /** Important (重要): a management or service failure. Handed to the supervisor within 1 hour, resolved within 3 days. */
  | 'IMPORTANT'
  /** Major (重大): affects safety or daily life or harms the company’s image. Handed to the director the same day, a clear reply within 2 days, resolved within 10 days. */
  | 'MAJOR'
  /** Minor (轻微): isolated, one person. Resolved within 2 days, or by the requester’s own deadline when they set one. */
  | 'MINOR';

/** How long each step of a ticket of one kind and severity may take, counted from intake. */
export type SeverityDeadlines = {
  __typename?: 'SeverityDeadlines';
  /** Handed over the same calendar day (001 "当天呈送管理处主任"). */
  handoverSameDay: Scalars['Boolean']['output'];
  /** Hours to hand it over to whom it must reach; null for none (or the same day). */
  handoverWithinHours: Maybe<Scalars['Int']['output']>;
  /** Hours to give the requester a clear reply; null for no separate reply. */
  replyWithinHours: Maybe<Scalars['Int']['output']>;
  /** Hours to resolve it (a minor one: or by the requester’s own deadline). */
  resolveWithinHours: Scalars['Int']['output'];
  /** The severity. */
  severity: Severity;
};

/** One severity’s deadlines, in whole hours (1 to 2160); hand-over ≤ reply ≤ resolve. */
export type SeverityDeadlinesInput = {
  /** Hours to hand it over; omit for none. */
  handoverWithinHours?: InputMaybe<Scalars['Int']['input']>;
  /** Hours to give a clear reply; omit for none. */
  replyWithinHours?: InputMaybe<Scalars['Int']['input']>;
  /** Hours to resolve it (required). */
  resolveWithinHours?: InputMaybe<Scalars['Int']['input']>;
};

/** A member of staff’s sign-in (登录账号), as a manager sees it. Needs `staff.edit`. */
export type SignIn = {
  __typename?: 'SignIn';
  /** Disabled: it cannot sign in. */
  disabled: Scalars['Boolean']['output'];
  /** The sign-in’s id, as the sign-in mutations take it. */
  id: Scalars['ID']['output'];
  /** Its password was set by a manager and not yet changed by its owner. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** The name it signs in with. */
  username: Scalars['String']['output'];
};

/** How a ticket stands against the deadline that matters in its status. */
export type SlaState =
  /** Less than 2 hours, or less than a quarter of its window, is left. */
  | 'DUE_SOON'
  /** Nothing is owed in the current status. */
  | 'MET'
  /** The deadline is comfortably ahead. */
  | 'ON_TRACK'
  /** The deadline has passed. */
  | 'OVERDUE';

/** A member of the department. Needs `staff.view`. */
export type Staff = Node & {
  __typename?: 'Staff';
  /** Still with the department; only active staff can be assigned tickets. */
  active: Scalars['Boolean']['output'];
  /** Every assignment of this person, newest first. */
  assignments: Array<Assignment>;
  /** Employee number, unique within the site. */
  employeeNo: Scalars['String']['output'];
  /** Every change of this record (name, employee number, phone, deactivation), newest first. Needs `staff.view`. */
  history: StaffChangeConnection;
  /** Global id: opaque, stable, and unique across every type of the schema. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Tickets the person holds that are not yet resolved (to hand over when an appointment ends). Needs `org.assignment.edit`. */
  openTickets: Scalars['Int']['output'];
  /** Work phone, if known. */
  phone: Maybe<Scalars['String']['output']>;
  /** Their sign-in, or null when they have none. Needs `staff.edit`. */
  signIn: Maybe<SignIn>;
};


/** A member of the department. Needs `staff.view`. */
export type StaffHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One change of a staff record: which field, from what to what, who made it and when. Needs `staff.view`. */
export type StaffChange = {
  __typename?: 'StaffChange';
  /** When the change was made. */
  changedAt: Scalars['DateTime']['output'];
  /** The member of staff who made the change; null when made by a setup or import tool. */
  changedBy: Maybe<Staff>;
  /** The field changed. */
  field: StaffChangeField;
  /** The value before; null when there was none. */
  from: Maybe<Scalars['String']['output']>;
  /** The value after; null when it was cleared. */
  to: Maybe<Scalars['String']['output']>;
};

/** A page of a staff record’s history. */
export type StaffChangeConnection = {
  __typename?: 'StaffChangeConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<StaffChangeEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One change of a staff record, with its cursor. */
export type StaffChangeEdge = {
  __typename?: 'StaffChangeEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: StaffChange;
};

/** A field of a staff record whose changes are kept. */
export type StaffChangeField =
  /** Whether the person is active; "false" when deactivated, "true" when taken back. */
  | 'ACTIVE'
  /** The employee number (工号). */
  | 'EMPLOYEE_NO'
  /** The full name. */
  | 'NAME'
  /** The work phone. */
  | 'PHONE';

/** One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`. */
export type StaffConnection = {
  __typename?: 'StaffConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<StaffEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** One item of a page with its cursor. */
export type StaffEdge = {
  __typename?: 'StaffEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Staff;
};

/** One cell at fault in an imported sheet. Reached only through `importStaff`. */
export type StaffImportIssue = {
  __typename?: 'StaffImportIssue';
  /** The template column (工号、姓名、电话、岗位、到岗日期、超编说明), or null for the row as a whole. */
  column: Maybe<Scalars['String']['output']>;
  /** The sheet’s row number (the header is row 1). */
  row: Scalars['Int']['output'];
  /** What is wrong: required, phone_format, invalid_choice, invalid_date, invalid_format, invalid_characters, too_long, out_of_range, over_strength, or duplicate (an employee number or phone within the sheet or already on file; over_strength: beyond the position’s headcount without 超编说明; invalid_choice at 岗位: no position of the site has that title or code). */
  rule: Scalars['String']['output'];
};

/** What an import found and wrote. Reached only through `importStaff`. */
export type StaffImportResult = {
  __typename?: 'StaffImportResult';
  /** How many cells are at fault in all. */
  issueCount: Scalars['Int']['output'];
  /** The cells at fault, by row then column (the first 200); empty when the sheet can be written. */
  issues: Array<StaffImportIssue>;
  /** Rows read below the header (empty rows skipped). */
  rowCount: Scalars['Int']['output'];
  /** Staff records written, each with its appointment: every row when confirmed without faults, otherwise 0. */
  written: Scalars['Int']['output'];
};

/** A request as a merchant or owner writes it in the portal; the severity follows from the kind. */
export type SubmitRequestInput = {
  /** What happened, when, where, and what the requester asks for. */
  description: Scalars['String']['input'];
  /** What it is about; complaints are treated as important, everything else as minor. */
  kind: TicketKind;
  /** Shop unit or place in the mall. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Photos uploaded with uploadRequestPhoto by the same viewer, not yet sent with a request. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the requester prefers to be called back, in their words. */
  preferredContactTime?: InputMaybe<Scalars['String']['input']>;
  /** When the requester needs an answer by, if they say. */
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** A one-line summary. */
  title: Scalars['String']['input'];
};

/** Live updates over server-sent events. Denied by default: each field names who may subscribe. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Live: each notification written for the viewer (server-sent events); the bell refetches its count. Needs `notification.view`. */
  notificationAdded: Notification;
  /** Fires (true) whenever the org of the viewer’s site changes — a grant, a position, a reporting line, an assignment — on any gateway replica: an open app reads the viewer’s actions and the chart again. Staff only. */
  orgChanged: Scalars['Boolean']['output'];
  /** Live (server-sent events): fires (true) whenever a visitor is registered waiting or received on the viewer’s site, on any gateway replica; the hall’s waiting view (`receptionWaiting`) reads again. Needs `reception.view`. */
  receptionWaitingChanged: Scalars['Boolean']['output'];
  /** Live changes of one ticket the viewer may see (server-sent events): staff within their scope, a requester only their own. Any other id is NOT_FOUND. */
  ticketUpdated: TicketUpdate;
};


/** Live updates over server-sent events. Denied by default: each field names who may subscribe. */
export type SubscriptionTicketUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** A message as taken: for one person or one unit. */
export type TakeMessageInput = {
  /** The active member of staff it is for; give this or `forUnitId`. */
  forStaffId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit it is for (a Unit id); give this or `forStaffId`. */
  forUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Who left it: a name, a shop (at most 60 characters). */
  fromName: Scalars['String']['input'];
  /** A number to call them back on (at most 30 characters). */
  fromPhone?: InputMaybe<Scalars['String']['input']>;
  /** The message (at most 1000 characters). */
  text: Scalars['String']['input'];
  /** Normal or urgent. */
  urgency: MessageUrgency;
};

/** A complaint, repair or request as the department works it (staff only). */
export type Ticket = Node & {
  __typename?: 'Ticket';
  /** The member of staff it was dispatched (派单) or escalated (上报) to; null while nobody holds it. */
  assignee: Maybe<Staff>;
  /** Who the ticket may be dispatched to: active staff who may work it, the ticket’s unit first, then the least loaded; never its current assignee. Needs `ticket.assign` over the ticket. */
  assignmentCandidates: Array<AssignmentCandidate>;
  /** What the viewer may do to this ticket now: its state allows it and the rules permit it. */
  availableActions: Array<TicketCommand>;
  /** How it came in. */
  channel: Channel;
  /** When it was closed or judged not valid; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Its SLA deadlines by severity, recomputed when it is re-triaged or reopened. */
  deadlines: Deadlines;
  /** What the requester said: what happened, when, where, and what they ask for. */
  description: Scalars['String']['output'];
  /** The deadline that matters in the current status. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** How many times it went up the reporting line (上报). */
  escalationLevel: Scalars['Int']['output'];
  /** When a member of staff first opened it; null while new. Tickets staff register are seen as they are registered. */
  firstSeenByStaffAt: Maybe<Scalars['DateTime']['output']>;
  /** When the follow-up (回访) is due: set on resolution of complaints and repairs; null when none is owed. */
  followUpDueAt: Maybe<Scalars['DateTime']['output']>;
  /** Global id: opaque, stable, and unique across every type of the schema. */
  id: Scalars['ID']['output'];
  /** What the ticket is about. */
  kind: TicketKind;
  /** Shop unit or place in the mall. */
  location: Maybe<Scalars['String']['output']>;
  /** A portal request no member of staff has opened yet (新); markTicketSeen ends it. */
  newToStaff: Scalars['Boolean']['output'];
  /** The number people quote, unique within the site (shown as KF-000123). */
  number: Scalars['Int']['output'];
  /** `dueAt` has passed (slaState OVERDUE). */
  overdue: Scalars['Boolean']['output'];
  /** Photos the requester sent, oldest first. */
  photos: Array<Photo>;
  /** When the requester prefers to be called back, in their words (工作日 14:00 以后). */
  preferredContactTime: Maybe<Scalars['String']['output']>;
  /** When it was registered (受理); the deadlines count from here. */
  receivedAt: Scalars['DateTime']['output'];
  /** The department it was handed to (传达); cleared when it is assigned again or reopened. */
  relayedTo: Maybe<PeerDepartment>;
  /** The ticket’s relays to other departments, oldest first (a handful at most). Those the viewer may see (`relay.view`). */
  relays: Array<Relay>;
  /** How many times it was sent back to work after a result (已退回): a reopen, a 回访 or a rating of 2 or less. Earlier rounds’ deadlines stay in the timeline. */
  reopenCount: Scalars['Int']['output'];
  /** When it was last sent back to work; null if never. */
  reopenedAt: Maybe<Scalars['DateTime']['output']>;
  /** Repairs only: what was repaired, which sets the follow-up due date (other when resolved without one). */
  repairCategory: Maybe<RepairCategory>;
  /** The requester’s own deadline, when they gave one; a minor ticket is due by it. */
  requestedBy: Maybe<Scalars['DateTime']['output']>;
  /** Who raised it: a merchant, owner or customer. */
  requester: Requester;
  /** When the result was reported (反馈); null while open, again after reopening. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Satisfaction 1–5 from the follow-up (回访) or the requester’s own rating, whichever came last. */
  satisfaction: Maybe<Scalars['Int']['output']>;
  /** How serious it is; it sets the deadlines. May be re-triaged when assigned. */
  severity: Severity;
  /** How it stands against `dueAt` now. */
  slaState: SlaState;
  /** Where it is in its life cycle. */
  status: TicketStatus;
  /** Complaints: who it is about (被投诉人及被投诉部门); their supervisors see the ticket. Null while not recorded and for other kinds. */
  subject: Maybe<ComplaintSubject>;
  /** Every event, oldest first, internal ones included. */
  timeline: Array<TicketEvent>;
  /** A one-line summary. */
  title: Scalars['String']['output'];
  /** The unit whose queue holds the ticket: its clerks and their supervisors see it. Null when no unit’s queue does. */
  unit: Maybe<Unit>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with a change: a stale version is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** A step of a ticket’s life cycle; each value names the mutation that takes it. */
export type TicketCommand =
  /** Dispatch to a member of staff (派单): assignTicket. */
  | 'ASSIGN'
  /** Close: closeTicket. */
  | 'CLOSE'
  /** Send up the reporting line (上报): escalateTicket. */
  | 'ESCALATE'
  /** Record the follow-up (回访): recordFollowUp. */
  | 'FOLLOW_UP'
  /** Judge a complaint not valid (无效投诉): markTicketInvalid. */
  | 'MARK_INVALID'
  /** The requester’s rating (评价): rateRequest, requesters only. */
  | 'RATE'
  /** Hand to another department (传达): relayTicket. */
  | 'RELAY'
  /** Put back in the queue: reopenTicket. */
  | 'REOPEN'
  /** Answer the requester (明确答复): replyTicket. */
  | 'REPLY'
  /** Report the result (反馈): resolveTicket. */
  | 'RESOLVE'
  /** Back to the unit’s queue, unassigned (退回本部门队列): only when its assignee’s assignment ends (endAssignment with returnWorkToQueue); never among availableActions. */
  | 'RETURN_TO_QUEUE'
  /** Start work (开始处理): startTicket. */
  | 'START'
  /** Take it on oneself (接单): takeTicket. */
  | 'TAKE';

/** One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The items of this page, in the list’s order. */
  edges: Array<TicketEdge>;
  /** Whether more pages follow, and the cursors to fetch them. */
  pageInfo: PageInfo;
};

/** How many tickets the viewer may see in one status and severity (staff only). */
export type TicketCount = {
  __typename?: 'TicketCount';
  /** How many tickets have both. */
  count: Scalars['Int']['output'];
  /** The severity counted. */
  severity: Severity;
  /** The status counted. */
  status: TicketStatus;
};

/** One item of a page with its cursor. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Opaque; pass it as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Ticket;
};

/** One entry of a ticket’s timeline as staff see it, internal notes included (staff only). */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** The member of staff who acted; null when the requester or the system did. */
  actor: Maybe<Staff>;
  /** Who acted: staff, the requester or the system. */
  actorKind: ActorKind;
  /** Assignments, escalations and resolutions that made the resolver the handler: the member of staff the ticket went to; null for other events. */
  assignee: Maybe<Staff>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Relays: the department the ticket was handed to (传达); null for other events. */
  department: Maybe<PeerDepartment>;
  /** Relays and the department’s answers: the receiving department’s own name (工程维修部); null for other events. */
  departmentName: Maybe<LocalizedText>;
  /** The ticket’s status before the event; null for its registration. */
  fromStatus: Maybe<TicketStatus>;
  /** The event’s own id. */
  id: Scalars['ID']['output'];
  /** Resolution, reason, note, comment or reply recorded with the event. */
  note: Maybe<Scalars['String']['output']>;
  /** Resolutions: nobody handled the ticket, so the member of staff who resolved it became its handler. */
  resolverBecameHandler: Scalars['Boolean']['output'];
  /** Follow-ups and ratings: the satisfaction or stars given, 1–5; null for other events. */
  satisfaction: Maybe<Scalars['Int']['output']>;
  /** The ticket’s status after the event. */
  toStatus: Maybe<TicketStatus>;
  /** What happened. */
  type: TicketEventType;
  /** The requester sees this event in their timeline (without its internal notes); false for internal ones such as escalations. */
  visibleToRequester: Scalars['Boolean']['output'];
};

/** What a timeline event records. */
export type TicketEventType =
  /** Dispatched to a member of staff (派单). */
  | 'ASSIGNED'
  /** Closed (关闭). */
  | 'CLOSED'
  /** A comment (备注). */
  | 'COMMENTED'
  /** Registered (受理登记). */
  | 'CREATED'
  /** Sent up the reporting line (上报); never shown to the requester. */
  | 'ESCALATED'
  /** Follow-up call or visit recorded (回访). */
  | 'FOLLOWED_UP'
  /** Complaint judged not valid (无效投诉). */
  | 'MARKED_INVALID'
  /** Rated by the requester (来访人评价). */
  | 'RATED'
  /** Handed to another department (传达). */
  | 'RELAYED'
  /** The receiving department accepted a relay (受理). */
  | 'RELAY_ACCEPTED'
  /** The receiving department answered a relay (反馈). */
  | 'RELAY_REPLIED'
  /** The receiving department returned a relay (退回); never shown to the requester. */
  | 'RELAY_RETURNED'
  /** Put back in the queue (重新打开). */
  | 'REOPENED'
  /** A clear answer given to the requester (明确答复). */
  | 'REPLIED'
  /** Result reported (反馈结果). */
  | 'RESOLVED'
  /** Back to the unit’s queue, unassigned, when its assignee’s assignment ended (退回本部门队列); never shown to the requester. */
  | 'RETURNED_TO_QUEUE'
  /** Work started (开始处理). */
  | 'STARTED'
  /** Who a complaint is about was recorded or corrected (被投诉方); never shown to the requester. */
  | 'SUBJECT_CHANGED';

/** Every set field narrows the queue; an empty list means any. */
export type TicketFilter = {
  /** Held by this member of staff (a Staff global id). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Of any of these kinds. */
  kinds?: InputMaybe<Array<TicketKind>>;
  /** true: only portal requests no member of staff has opened yet; false: only opened ones. */
  newToStaff?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only overdue tickets; false: only those not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only tickets sent back to work at least once (退回/不满意: a reopen, a 回访 or rating of 2 or less); false: only never reopened ones. */
  reopened?: InputMaybe<Scalars['Boolean']['input']>;
  /** Raised by this requester (a Requester id). */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  /** Of any of these severities. */
  severities?: InputMaybe<Array<Severity>>;
  /** In any of these statuses. */
  statuses?: InputMaybe<Array<TicketStatus>>;
  /** Part of title, description or location, or a ticket number. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** true: only tickets nobody holds; false: only held ones. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** In the queue of this unit (a Unit id). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a contact needs to become a ticket; channel, description and requester come from the entry unless given. */
export type TicketFromReceptionInput = {
  /** The details; the entry’s summary when empty. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the ticket is about; by default the kind of the entry’s category. */
  kind?: InputMaybe<TicketKind>;
  /** Shop unit or place in the mall. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Repairs only: what is to be repaired. */
  repairCategory?: InputMaybe<RepairCategory>;
  /** The requester, when the entry has none or another is meant; a ticket always has one. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  /** Triage at intake; it sets the deadlines. */
  severity: Severity;
  /** A one-line summary. */
  title: Scalars['String']['input'];
  /** The unit whose queue takes it (a Unit id). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a ticket is about (工单类别). */
export type TicketKind =
  /** Complaint (投诉); the only kind that can be judged not valid (无效投诉), and it owes a follow-up (回访) 2 days after resolution. */
  | 'COMPLAINT'
  /** Enquiry (咨询): market information, shopping, leasing. */
  | 'CONSULTATION'
  /** Logistics or delivery request (物流配送需求), usually relayed to the logistics department (物流部). */
  | 'LOGISTICS'
  /** Repair request (报修); it owes a follow-up (回访) whose due date depends on its repair category. */
  | 'REPAIR'
  /** Return or exchange of goods (退换货). */
  | 'RETURN_EXCHANGE'
  /** Service request (服务申请). */
  | 'SERVICE_REQUEST'
  /** Suggestion (建议). */
  | 'SUGGESTION'
  /** Technical-service request (技术服务需求), usually relayed to the technical department (技术部). */
  | 'TECHNICAL';

/** The order of the ticket queue. */
export type TicketOrder =
  /** Soonest `dueAt` first; tickets with nothing due come last. */
  | 'DUE'
  /** Most recently received first. */
  | 'NEWEST';

/** Where a ticket is in its life cycle (工单状态). */
export type TicketStatus =
  /** Given to a member of staff (已派单). */
  | 'ASSIGNED'
  /** Closed (已关闭); only reopening changes it. */
  | 'CLOSED'
  /** Follow-up done and the requester satisfied (已回访). */
  | 'FOLLOWED_UP'
  /** Complaint judged not valid (无效投诉); it does not count among valid complaints. Only reopening changes it. */
  | 'INVALID'
  /** Being worked on (处理中). */
  | 'IN_PROGRESS'
  /** Registered and waiting to be dispatched (已受理). */
  | 'RECEIVED'
  /** Handed to another department (已传达). */
  | 'RELAYED'
  /** Result reported to the requester (已反馈); a follow-up may be owed. */
  | 'RESOLVED';

/** A ticket changed. Staff read `ticket`, requesters read `request`. */
export type TicketUpdate = {
  __typename?: 'TicketUpdate';
  /** The ticket as its requester sees it (requesters only). */
  request: Maybe<MyRequest>;
  /** The ticket as staff see it (staff only). */
  ticket: Maybe<Ticket>;
  /** The ticket’s version after the change. */
  version: Scalars['Int']['output'];
};

/** A unit of the department: 客户服务部 and its service centres. Needs `org.view`. */
export type Unit = {
  __typename?: 'Unit';
  /** Stable code: department, merchant_service (商户服务部), floor_service (卖场客户服务中心) or shuttle_team (导购车辆队). */
  code: Scalars['String']['output'];
  /** The unit’s id, as filters and CreateTicketInput.unitId take it. */
  id: Scalars['ID']['output'];
  /** The unit’s name. */
  name: LocalizedText;
};

/** The parts of a position to change; a field left out keeps its value. */
export type UpdatePositionInput = {
  /** Every authority (工作职权), replacing the old ones. */
  authorities?: InputMaybe<Array<AuthorityInput>>;
  /** Every duty, grouped by heading, replacing the old ones. */
  duties?: InputMaybe<Array<DutyGroupInput>>;
  /** A new headcount (岗位定员). */
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** Every KPI (关键绩效指标), replacing the old ones. */
  kpis?: InputMaybe<Array<LocalizedTextInput>>;
  /** A new purpose (职位概要). */
  purpose?: InputMaybe<LocalizedTextInput>;
  /** The qualifications (任职资格). */
  qualifications?: InputMaybe<QualificationsInput>;
  /** A new title; unique within the unit. */
  title?: InputMaybe<LocalizedTextInput>;
  /** The places of work and their shares (工作环境). */
  workEnvironment?: InputMaybe<Array<WorkShareInput>>;
};

/** The fields of a staff record to change; a field left out keeps its value. Refused with field errors, writing nothing, when a value breaks its rule. */
export type UpdateStaffInput = {
  /** Employee number (工号): at most 20 characters, never cut; another with the same number in the site is refused with CONFLICT. */
  employeeNo?: InputMaybe<Scalars['String']['input']>;
  /** Full name: at most 40 characters, no emoji or control characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Work phone: a mainland mobile (11 digits, 13–19…) or a landline with its area code (0571-88886666, 010-12345678-123); empty or null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The signed-in person: who they are and what they may do site-wide. Only ever the viewer themself. While `mustChangePassword` holds, it names them and nothing more (no record, no positions, no actions). */
export type Viewer = {
  __typename?: 'Viewer';
  /** Staff or requester. */
  kind: ViewerKind;
  /** The password was set by someone else (a first password, a reset): until changeOwnPassword, every other field and operation is refused with FORBIDDEN (reason AUTH.PASSWORD_CHANGE_REQUIRED). */
  mustChangePassword: Scalars['Boolean']['output'];
  /** The positions the viewer holds today (staff only). */
  positions: Array<Position>;
  /** True when the viewer reads at least one group of sites (集团): the admin shows its group view only then. False for requesters. */
  readsKpiGroups: Scalars['Boolean']['output'];
  /** Their requester record; null for staff. */
  requester: Maybe<Requester>;
  /** Actions the viewer may take anywhere in the site, e.g. to show navigation. */
  siteActions: Array<Action>;
  /** The IANA time zone of the viewer’s site (e.g. Asia/Shanghai): the apps show every time on this clock and read typed times on it, whatever the device’s own zone. */
  siteTimeZone: Scalars['String']['output'];
  /** Their staff record; null for requesters. */
  staff: Maybe<Staff>;
  /** The name they signed in with. */
  username: Scalars['String']['output'];
};

/** Which side of kefu a signed-in viewer is on. */
export type ViewerKind =
  /** A requester (a merchant, owner or customer), using the portal. */
  | 'REQUESTER'
  /** A member of the department, working in the admin app. */
  | 'STAFF';

/** Where the work happens (工作环境), as a share of the time (0–100). */
export type WorkShare = {
  __typename?: 'WorkShare';
  /** Where: the office, the market floor … */
  place: LocalizedText;
  /** Percent of the working time spent there (0–100). */
  share: Scalars['Int']['output'];
};

/** One place of work and its share of the time (工作环境); the shares add up to 100. */
export type WorkShareInput = {
  /** Where. */
  place: LocalizedTextInput;
  /** Percent of the working time, 0–100. */
  share: Scalars['Int']['input'];
};

export type ChangeOwnPasswordMutationVariables = Exact<{
  input: ChangeOwnPasswordInput;
}>;


export type ChangeOwnPasswordMutation = { __typename?: 'Mutation', changeOwnPassword: { __typename?: 'Viewer', username: string, mustChangePassword: boolean } };

export type RevokeMySessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeMySessionMutation = { __typename?: 'Mutation', revokeMySession: boolean };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Viewer', username: string, kind: ViewerKind } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type AccountEventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountEventsQuery = { __typename?: 'Query', accountEvents: { __typename?: 'AccountEventConnection', edges: Array<{ __typename?: 'AccountEventEdge', cursor: string, node: { __typename?: 'AccountEvent', id: string, kind: AccountEventKind, at: string, username: string | null, requesterName: string | null, actorUsername: string | null, sessionsRevoked: number | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'Session', id: string, createdAt: string, expiresAt: string, current: boolean }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', username: string, mustChangePassword: boolean, kind: ViewerKind, siteActions: Array<Action>, siteTimeZone: string, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, positions: Array<{ __typename?: 'Position', id: string, code: string, title: { __typename?: 'LocalizedText', zh: string, en: string } }> } | null };

export type FollowUpFieldsFragment = { __typename?: 'FollowUp', id: string, version: number, status: FollowUpStatus, outcome: FollowUpOutcome | null, dueAt: string, overdue: boolean, round: number, callerMustNotBeHandler: boolean, failedAttempts: number, attemptsLeft: number, nextCallAt: string | null, doneAt: string | null, ticketNumber: number, ticketTitle: string, ticketReopenCount: number, viewerMayCall: boolean, viewerMayDecide: boolean, ticket: { __typename?: 'Ticket', id: string } | null, caller: { __typename?: 'Staff', id: string, name: string } | null, handler: { __typename?: 'Staff', id: string, name: string } | null, attempts: Array<{ __typename?: 'FollowUpAttempt', at: string, result: CallResult, retryAt: string | null, outcome: ReachedOutcome | null, satisfaction: number | null, note: string | null, caller: { __typename?: 'Staff', id: string, name: string } | null }> };

export type DecideFollowUpMutationVariables = Exact<{
  followUpId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  decision: FollowUpDecision;
  callerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DecideFollowUpMutation = { __typename?: 'Mutation', decideFollowUp: { __typename?: 'FollowUp', id: string, version: number, status: FollowUpStatus, outcome: FollowUpOutcome | null, dueAt: string, overdue: boolean, round: number, callerMustNotBeHandler: boolean, failedAttempts: number, attemptsLeft: number, nextCallAt: string | null, doneAt: string | null, ticketNumber: number, ticketTitle: string, ticketReopenCount: number, viewerMayCall: boolean, viewerMayDecide: boolean, ticket: { __typename?: 'Ticket', id: string } | null, caller: { __typename?: 'Staff', id: string, name: string } | null, handler: { __typename?: 'Staff', id: string, name: string } | null, attempts: Array<{ __typename?: 'FollowUpAttempt', at: string, result: CallResult, retryAt: string | null, outcome: ReachedOutcome | null, satisfaction: number | null, note: string | null, caller: { __typename?: 'Staff', id: string, name: string } | null }> } };

export type RecordFollowUpCallMutationVariables = Exact<{
  input: RecordFollowUpCallInput;
}>;


export type RecordFollowUpCallMutation = { __typename?: 'Mutation', recordFollowUpCall: { __typename?: 'FollowUp', id: string, version: number, status: FollowUpStatus, outcome: FollowUpOutcome | null, dueAt: string, overdue: boolean, round: number, callerMustNotBeHandler: boolean, failedAttempts: number, attemptsLeft: number, nextCallAt: string | null, doneAt: string | null, ticketNumber: number, ticketTitle: string, ticketReopenCount: number, viewerMayCall: boolean, viewerMayDecide: boolean, ticket: { __typename?: 'Ticket', id: string } | null, caller: { __typename?: 'Staff', id: string, name: string } | null, handler: { __typename?: 'Staff', id: string, name: string } | null, attempts: Array<{ __typename?: 'FollowUpAttempt', at: string, result: CallResult, retryAt: string | null, outcome: ReachedOutcome | null, satisfaction: number | null, note: string | null, caller: { __typename?: 'Staff', id: string, name: string } | null }> } };

export type FollowUpCallersQueryVariables = Exact<{
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpCallersQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffConnection', edges: Array<{ __typename?: 'StaffEdge', node: { __typename?: 'Staff', id: string, name: string, active: boolean } }> } };

export type FollowUpRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpRatesQuery = { __typename?: 'Query', followUpRates: { __typename?: 'FollowUpRates', due: number, onTime: number, handled: number, onTimeRate: number | null, handledRate: number | null } };

export type FollowUpsQueryVariables = Exact<{
  view: FollowUpView;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpsQuery = { __typename?: 'Query', followUps: { __typename?: 'FollowUpConnection', edges: Array<{ __typename?: 'FollowUpEdge', cursor: string, node: { __typename?: 'FollowUp', id: string, version: number, status: FollowUpStatus, outcome: FollowUpOutcome | null, dueAt: string, overdue: boolean, round: number, callerMustNotBeHandler: boolean, failedAttempts: number, attemptsLeft: number, nextCallAt: string | null, doneAt: string | null, ticketNumber: number, ticketTitle: string, ticketReopenCount: number, viewerMayCall: boolean, viewerMayDecide: boolean, ticket: { __typename?: 'Ticket', id: string } | null, caller: { __typename?: 'Staff', id: string, name: string } | null, handler: { __typename?: 'Staff', id: string, name: string } | null, attempts: Array<{ __typename?: 'FollowUpAttempt', at: string, result: CallResult, retryAt: string | null, outcome: ReachedOutcome | null, satisfaction: number | null, note: string | null, caller: { __typename?: 'Staff', id: string, name: string } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type KpiGroupFigureFieldsFragment = { __typename?: 'KpiFigure', value: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, name: { __typename?: 'LocalizedText', zh: string, en: string } } };

export type KpiScorecardFieldsFragment = { __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> };

export type SaveKpiReportAnalysisMutationVariables = Exact<{
  month: Scalars['String']['input'];
  analysis: Scalars['String']['input'];
}>;


export type SaveKpiReportAnalysisMutation = { __typename?: 'Mutation', saveKpiReportAnalysis: { __typename?: 'KpiReportAnalysis', month: string, analysis: string, writtenAt: string } };

export type SetKpiTargetMutationVariables = Exact<{
  input: SetKpiTargetInput;
}>;


export type SetKpiTargetMutation = { __typename?: 'Mutation', setKpiTarget: { __typename?: 'KpiTarget', kpi: KpiCode, target: number, note: string | null, setAt: string } };

export type KpiGroupsQueryVariables = Exact<{
  period?: InputMaybe<KpiPeriodKind>;
  day?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type KpiGroupsQuery = { __typename?: 'Query', kpiGroups: Array<{ __typename?: 'KpiGroupView', groupId: string, code: string, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, totals: Array<{ __typename?: 'KpiFigure', value: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, name: { __typename?: 'LocalizedText', zh: string, en: string } } }>, sites: Array<{ __typename?: 'KpiGroupSite', siteId: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, name: { __typename?: 'LocalizedText', zh: string, en: string } } }> }> }> };

export type KpiMonthlyReportXlsxQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type KpiMonthlyReportXlsxQuery = { __typename?: 'Query', kpiMonthlyReportXlsx: string };

export type KpiMonthlyReportQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type KpiMonthlyReportQuery = { __typename?: 'Query', kpiMonthlyReport: { __typename?: 'KpiMonthlyReport', month: string, intake: Array<{ __typename?: 'KpiIntakeCount', kind: string, channel: string, severity: string, requesterKind: string, count: number, invalid: number }>, sla: Array<{ __typename?: 'KpiSlaCompliance', deadline: string, met: number, due: number, rate: number | null }>, relays: { __typename?: 'KpiRelayTotals', relayed: number, misrouted: number, corrected: number, repliedOnTime: number, accuracy: number | null }, followUps: { __typename?: 'KpiFollowUpTotals', due: number, onTime: number, handled: number, notFixed: number, unreached: number, onTimeRate: number | null, handlingRate: number | null }, recurring: Array<{ __typename?: 'KpiRecurring', by: string, key: string, count: number }>, site: { __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }, teams: Array<{ __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }>, people: Array<{ __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }>, analysis: { __typename?: 'KpiReportAnalysis', analysis: string, writtenAt: string } | null } };

export type KpiScorecardQueryVariables = Exact<{
  subject: KpiSubjectInput;
  period?: InputMaybe<KpiPeriodKind>;
  day?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type KpiScorecardQuery = { __typename?: 'Query', kpiScorecard: { __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type KpiStartingPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiStartingPointsQuery = { __typename?: 'Query', kpiStartingPoints: { __typename?: 'KpiStartingPoints', site: boolean, teamPositionIds: Array<string>, staffId: string } };

export type KpiTeamQueryVariables = Exact<{
  positionId: Scalars['ID']['input'];
  period?: InputMaybe<KpiPeriodKind>;
  day?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type KpiTeamQuery = { __typename?: 'Query', kpiTeam: { __typename?: 'KpiTeam', team: { __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }, units: Array<{ __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }>, people: Array<{ __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }> } };

export type KpiTicketsQueryVariables = Exact<{
  subject: KpiSubjectInput;
  fact: KpiDrillFact;
  period?: InputMaybe<KpiPeriodKind>;
  day?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type KpiTicketsQuery = { __typename?: 'Query', kpiTickets: Array<{ __typename?: 'KpiTicket', id: string, number: number, kind: string, status: string, severity: string, title: string, satisfaction: number | null, decidedAt: string }> };

export type KpiTrendQueryVariables = Exact<{
  subject: KpiSubjectInput;
  period?: InputMaybe<KpiPeriodKind>;
  day?: InputMaybe<Scalars['LocalDate']['input']>;
  count?: InputMaybe<Scalars['Int']['input']>;
}>;


export type KpiTrendQuery = { __typename?: 'Query', kpiTrend: Array<{ __typename?: 'KpiScorecard', subjectKind: KpiSubjectKind, subjectId: string | null, periodStart: string, periodEnd: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, figures: Array<{ __typename?: 'KpiFigure', value: number | null, numerator: number | null, denominator: number | null, noDataReason: KpiNoDataReason | null, target: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, direction: KpiDirection, formulaByProduct: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, formula: { __typename?: 'LocalizedText', zh: string, en: string } } }> }> };

export type ReadsKpiGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadsKpiGroupsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', readsKpiGroups: boolean } | null };

export type MessageFieldsFragment = { __typename?: 'Message', id: string, fromName: string, fromPhone: string | null, text: string, urgency: MessageUrgency, takenAt: string, acknowledgedAt: string | null, ageSeconds: number, escalated: boolean, forStaff: { __typename?: 'Staff', id: string, name: string } | null, forUnit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, takenBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null };

export type AcknowledgeMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeMessageMutation = { __typename?: 'Mutation', acknowledgeMessage: { __typename?: 'Message', id: string, fromName: string, fromPhone: string | null, text: string, urgency: MessageUrgency, takenAt: string, acknowledgedAt: string | null, ageSeconds: number, escalated: boolean, forStaff: { __typename?: 'Staff', id: string, name: string } | null, forUnit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, takenBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null } };

export type TakeMessageMutationVariables = Exact<{
  input: TakeMessageInput;
}>;


export type TakeMessageMutation = { __typename?: 'Mutation', takeMessage: { __typename?: 'Message', id: string, fromName: string, fromPhone: string | null, text: string, urgency: MessageUrgency, takenAt: string, acknowledgedAt: string | null, ageSeconds: number, escalated: boolean, forStaff: { __typename?: 'Staff', id: string, name: string } | null, forUnit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, takenBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null } };

export type EscalatedMessagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EscalatedMessagesQuery = { __typename?: 'Query', escalatedMessages: { __typename?: 'QueryEscalatedMessagesConnection', edges: Array<{ __typename?: 'QueryEscalatedMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, fromName: string, fromPhone: string | null, text: string, urgency: MessageUrgency, takenAt: string, acknowledgedAt: string | null, ageSeconds: number, escalated: boolean, forStaff: { __typename?: 'Staff', id: string, name: string } | null, forUnit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, takenBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MessageInboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MessageInboxQuery = { __typename?: 'Query', messageInbox: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, fromName: string, fromPhone: string | null, text: string, urgency: MessageUrgency, takenAt: string, acknowledgedAt: string | null, ageSeconds: number, escalated: boolean, forStaff: { __typename?: 'Staff', id: string, name: string } | null, forUnit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, takenBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MessagesTakenByMeQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MessagesTakenByMeQuery = { __typename?: 'Query', messagesTakenByMe: { __typename?: 'QueryMessagesTakenByMeConnection', edges: Array<{ __typename?: 'QueryMessagesTakenByMeConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, fromName: string, fromPhone: string | null, text: string, urgency: MessageUrgency, takenAt: string, acknowledgedAt: string | null, ageSeconds: number, escalated: boolean, forStaff: { __typename?: 'Staff', id: string, name: string } | null, forUnit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, takenBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, read: boolean } };

export type MyNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyNotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, myNotifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, kind: NotificationKind, createdAt: string, read: boolean, ticket: { __typename?: 'Ticket', id: string, number: number, title: string } | null, relay: { __typename?: 'Relay', id: string, ticketNumber: number, ticketTitle: string, ticket: { __typename?: 'Ticket', id: string } | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } | null, message: { __typename?: 'Message', id: string, fromName: string, text: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string } };

export type AssignmentFieldsFragment = { __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } };

export type OrgChangeFieldsFragment = { __typename?: 'OrgChange', id: string, kind: OrgChangeKind, at: string, actor: { __typename?: 'Staff', id: string, name: string } | null, positionTitle: { __typename?: 'LocalizedText', zh: string, en: string }, position: { __typename?: 'Position', id: string } | null, staff: { __typename?: 'Staff', id: string, name: string } | null, changes: Array<{ __typename?: 'OrgFieldChange', field: string, before: string | null, after: string | null }> };

export type PositionSummaryFragment = { __typename?: 'Position', id: string, code: string, headcount: number, vacancies: number, overStrength: number, title: { __typename?: 'LocalizedText', zh: string, en: string }, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }, reportsTo: Array<{ __typename?: 'Position', id: string }>, holders: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> };

export type StaffFieldsFragment = { __typename?: 'Staff', id: string, name: string, employeeNo: string, phone: string | null, active: boolean, assignments: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> };

export type AssignStaffMutationVariables = Exact<{
  input: AssignStaffInput;
}>;


export type AssignStaffMutation = { __typename?: 'Mutation', assignStaff: { __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type CancelScheduledOrgChangeMutationVariables = Exact<{
  positionId: Scalars['ID']['input'];
  action?: InputMaybe<Action>;
}>;


export type CancelScheduledOrgChangeMutation = { __typename?: 'Mutation', cancelScheduledOrgChange: string };

export type ChangeReportingLineMutationVariables = Exact<{
  positionId: Scalars['ID']['input'];
  reportsTo: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ChangeReportingLineMutation = { __typename?: 'Mutation', changeReportingLine: { __typename?: 'Position', id: string, reportsTo: Array<{ __typename?: 'Position', id: string }> } };

export type CreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionMutation = { __typename?: 'Mutation', createPosition: { __typename?: 'Position', id: string, code: string, headcount: number, vacancies: number, overStrength: number, title: { __typename?: 'LocalizedText', zh: string, en: string }, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }, reportsTo: Array<{ __typename?: 'Position', id: string }>, holders: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { __typename?: 'Mutation', createStaff: { __typename?: 'Staff', id: string, name: string, employeeNo: string, phone: string | null, active: boolean, assignments: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type DeactivateStaffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateStaffMutation = { __typename?: 'Mutation', deactivateStaff: { __typename?: 'DeactivateStaffPayload', endedAssignments: number, withdrawnAssignments: number, revokedSessions: number, openTickets: number, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string, phone: string | null, active: boolean, assignments: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } } };

export type EndAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endsOn: Scalars['LocalDate']['input'];
  handOverTo?: InputMaybe<Scalars['ID']['input']>;
  returnWorkToQueue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type EndAssignmentMutation = { __typename?: 'Mutation', endAssignment: { __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type StaffImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffImportTemplateQuery = { __typename?: 'Query', staffImportTemplate: string };

export type ReactivateStaffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateStaffMutation = { __typename?: 'Mutation', reactivateStaff: { __typename?: 'Staff', id: string, name: string, employeeNo: string, phone: string | null, active: boolean, assignments: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type RetirePositionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RetirePositionMutation = { __typename?: 'Mutation', retirePosition: boolean };

export type SetPositionGrantMutationVariables = Exact<{
  positionId: Scalars['ID']['input'];
  action: Action;
  scope?: InputMaybe<Scalars['String']['input']>;
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type SetPositionGrantMutation = { __typename?: 'Mutation', setPositionGrant: { __typename?: 'PermissionRow', position: { __typename?: 'Position', id: string }, cells: Array<{ __typename?: 'PermissionCell', action: Action, allowed: boolean, reason: string, scope: string | null, source: string | null, positionScope: string | null, choices: Array<string> | null }> } };

export type CreateStaffSignInMutationVariables = Exact<{
  staffId: Scalars['ID']['input'];
  input: NewSignInInput;
}>;


export type CreateStaffSignInMutation = { __typename?: 'Mutation', createStaffSignIn: { __typename?: 'SignIn', id: string, username: string, disabled: boolean, mustChangePassword: boolean } };

export type SetStaffSignInDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetStaffSignInDisabledMutation = { __typename?: 'Mutation', setStaffSignInDisabled: { __typename?: 'SignIn', id: string, disabled: boolean } };

export type ResetStaffPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetStaffPasswordMutation = { __typename?: 'Mutation', resetStaffPassword: { __typename?: 'SignIn', id: string, mustChangePassword: boolean } };

export type UpdatePositionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdatePositionMutation = { __typename?: 'Mutation', updatePosition: { __typename?: 'Position', version: number, id: string, headcount: number, vacancies: number, title: { __typename?: 'LocalizedText', zh: string, en: string }, purpose: { __typename?: 'LocalizedText', zh: string, en: string } } };

export type UpdateStaffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateStaffInput;
}>;


export type UpdateStaffMutation = { __typename?: 'Mutation', updateStaff: { __typename?: 'Staff', id: string, name: string, employeeNo: string, phone: string | null, active: boolean, assignments: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type AssignmentOpenWorkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentOpenWorkQuery = { __typename?: 'Query', assignmentOpenWork: { __typename?: 'AssignmentOpenWork', unseenTickets: number, tickets: Array<{ __typename?: 'Ticket', id: string, number: number, title: string }>, followUps: Array<{ __typename?: 'FollowUp', id: string, ticketNumber: number, ticketTitle: string }> } };

export type OrgChangesXlsxQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgChangesXlsxQuery = { __typename?: 'Query', orgChangesXlsx: string };

export type OrgChangesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgChangesQuery = { __typename?: 'Query', orgChanges: { __typename?: 'OrgChangeConnection', edges: Array<{ __typename?: 'OrgChangeEdge', cursor: string, node: { __typename?: 'OrgChange', id: string, kind: OrgChangeKind, at: string, actor: { __typename?: 'Staff', id: string, name: string } | null, positionTitle: { __typename?: 'LocalizedText', zh: string, en: string }, position: { __typename?: 'Position', id: string } | null, staff: { __typename?: 'Staff', id: string, name: string } | null, changes: Array<{ __typename?: 'OrgFieldChange', field: string, before: string | null, after: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OrgChartQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type OrgChartQuery = { __typename?: 'Query', orgChart: { __typename?: 'OrgChart', units: Array<{ __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }>, positions: Array<{ __typename?: 'Position', id: string, code: string, headcount: number, vacancies: number, overStrength: number, title: { __typename?: 'LocalizedText', zh: string, en: string }, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }, reportsTo: Array<{ __typename?: 'Position', id: string }>, holders: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> }> } };

export type PermissionMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionMatrixQuery = { __typename?: 'Query', permissionMatrix: Array<{ __typename?: 'PermissionRow', position: { __typename?: 'Position', id: string, code: string, title: { __typename?: 'LocalizedText', zh: string, en: string } }, cells: Array<{ __typename?: 'PermissionCell', action: Action, allowed: boolean, reason: string, scope: string | null, source: string | null, positionScope: string | null, choices: Array<string> | null }> }> };

export type PositionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PositionDetailQuery = { __typename?: 'Query', node:
    | { __typename?: 'MyRequest' }
    | { __typename?: 'Position', version: number, id: string, code: string, headcount: number, vacancies: number, overStrength: number, purpose: { __typename?: 'LocalizedText', zh: string, en: string }, duties: Array<{ __typename?: 'DutyGroup', function: { __typename?: 'LocalizedText', zh: string, en: string }, duties: Array<{ __typename?: 'LocalizedText', zh: string, en: string }> }>, kpis: Array<{ __typename?: 'LocalizedText', zh: string, en: string }>, authorities: Array<{ __typename?: 'Authority', verb: AuthorityVerb, domain: AuthorityDomain, subject: { __typename?: 'LocalizedText', zh: string, en: string } }>, qualifications: { __typename?: 'Qualifications', education: { __typename?: 'LocalizedText', zh: string, en: string }, experience: { __typename?: 'LocalizedText', zh: string, en: string }, knowledge: Array<{ __typename?: 'LocalizedText', zh: string, en: string }>, skills: Array<{ __typename?: 'LocalizedText', zh: string, en: string }> }, workEnvironment: Array<{ __typename?: 'WorkShare', share: number, place: { __typename?: 'LocalizedText', zh: string, en: string } }>, directReports: Array<{ __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } }>, assignmentHistory: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }>, scheduledChanges: Array<{ __typename?: 'ScheduledOrgChange', kind: ScheduledOrgChangeKind, effectiveOn: string, action: Action | null, scope: string | null, reportsTo: Array<{ __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } }> }>, title: { __typename?: 'LocalizedText', zh: string, en: string }, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }, reportsTo: Array<{ __typename?: 'Position', id: string }>, holders: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> }
    | { __typename?: 'Staff' }
    | { __typename?: 'Ticket' }
   | null };

export type PositionHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PositionHistoryQuery = { __typename?: 'Query', node:
    | { __typename?: 'MyRequest', id: string }
    | { __typename?: 'Position', id: string, history: { __typename?: 'PositionHistoryConnection', edges: Array<{ __typename?: 'PositionHistoryEdge', cursor: string, node: { __typename?: 'OrgChange', id: string, kind: OrgChangeKind, at: string, actor: { __typename?: 'Staff', id: string, name: string } | null, positionTitle: { __typename?: 'LocalizedText', zh: string, en: string }, position: { __typename?: 'Position', id: string } | null, staff: { __typename?: 'Staff', id: string, name: string } | null, changes: Array<{ __typename?: 'OrgFieldChange', field: string, before: string | null, after: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
    | { __typename?: 'Staff', id: string }
    | { __typename?: 'Ticket', id: string }
   | null };

export type StaffChangesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffChangesQuery = { __typename?: 'Query', node:
    | { __typename?: 'MyRequest', id: string }
    | { __typename?: 'Position', id: string }
    | { __typename?: 'Staff', id: string, history: { __typename?: 'StaffChangeConnection', edges: Array<{ __typename?: 'StaffChangeEdge', cursor: string, node: { __typename?: 'StaffChange', field: StaffChangeField, from: string | null, to: string | null, changedAt: string, changedBy: { __typename?: 'Staff', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
    | { __typename?: 'Ticket', id: string }
   | null };

export type StaffDirectoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffDirectoryQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffConnection', edges: Array<{ __typename?: 'StaffEdge', cursor: string, node: { __typename?: 'Staff', id: string, name: string, employeeNo: string, phone: string | null, active: boolean, assignments: Array<{ __typename?: 'Assignment', id: string, acting: boolean, current: boolean, startsOn: string, endsOn: string | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type StaffOptionsQueryVariables = Exact<{
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffOptionsQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffConnection', edges: Array<{ __typename?: 'StaffEdge', node: { __typename?: 'Staff', id: string, name: string, employeeNo: string, active: boolean, openTickets: number, assignments: Array<{ __typename?: 'Assignment', id: string, current: boolean, acting: boolean, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } }> } };

export type StaffSignInQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffSignInQuery = { __typename?: 'Query', node:
    | { __typename?: 'MyRequest', id: string }
    | { __typename?: 'Position', id: string }
    | { __typename?: 'Staff', id: string, signIn: { __typename?: 'SignIn', id: string, username: string, disabled: boolean, mustChangePassword: boolean } | null }
    | { __typename?: 'Ticket', id: string }
   | null };

export type OrgChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OrgChangedSubscription = { __typename?: 'Subscription', orgChanged: boolean };

export type ReceptionEntryFieldsFragment = { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null };

export type ReceiveVisitorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ReceiveVisitorMutation = { __typename?: 'Mutation', receiveVisitor: { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null } };

export type RecordReceptionOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: RecordedReceptionOutcome;
}>;


export type RecordReceptionOutcomeMutation = { __typename?: 'Mutation', recordReceptionOutcome: { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null } };

export type RegisterReceptionMutationVariables = Exact<{
  input: RegisterReceptionInput;
}>;


export type RegisterReceptionMutation = { __typename?: 'Mutation', registerReception: { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null } };

export type TurnReceptionIntoTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TicketFromReceptionInput;
  idempotencyKey: Scalars['String']['input'];
}>;


export type TurnReceptionIntoTicketMutation = { __typename?: 'Mutation', turnReceptionIntoTicket: { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null } };

export type ReceptionEntriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReceptionEntriesQuery = { __typename?: 'Query', receptionEntries: { __typename?: 'ReceptionEntryConnection', edges: Array<{ __typename?: 'ReceptionEntryEdge', cursor: string, node: { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ReceptionWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceptionWaitingQuery = { __typename?: 'Query', receptionStandardMinutes: number, receptionWaiting: { __typename?: 'QueryReceptionWaitingConnection', edges: Array<{ __typename?: 'QueryReceptionWaitingConnectionEdge', node: { __typename?: 'ReceptionEntry', id: string, channel: ReceptionChannel, category: ReceptionCategory, summary: string, arrivedAt: string, receivedAt: string | null, outcome: ReceptionOutcome | null, ticketNumber: number | null, waitedSeconds: number, late: boolean, ticket: { __typename?: 'Ticket', id: string } | null, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, shopName: string | null, shopUnit: string | null, phone: string | null } | null, receivedBy: { __typename?: 'Staff', id: string, name: string } | null } }> } };

export type ReceptionWaitingChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReceptionWaitingChangedSubscription = { __typename?: 'Subscription', receptionWaitingChanged: boolean };

export type InboundFieldsFragment = { __typename?: 'Inbound', id: string, kind: InboundKind, title: string, body: string, audience: InboundAudience, unitPrefix: string | null, requesterId: string | null, registeredAt: string, acknowledgedAt: string | null, onPortal: boolean, registeredBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } };

export type RelayFieldsFragment = { __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } };

export type AcceptRelayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type AcceptRelayMutation = { __typename?: 'Mutation', acceptRelay: { __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type ReturnRelayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: ReturnReason;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReturnRelayMutation = { __typename?: 'Mutation', returnRelay: { __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type ReplyToRelayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reply: Scalars['String']['input'];
}>;


export type ReplyToRelayMutation = { __typename?: 'Mutation', replyToRelay: { __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type RegisterInboundMutationVariables = Exact<{
  input: RegisterInboundInput;
}>;


export type RegisterInboundMutation = { __typename?: 'Mutation', registerInbound: { __typename?: 'Inbound', id: string, kind: InboundKind, title: string, body: string, audience: InboundAudience, unitPrefix: string | null, requesterId: string | null, registeredAt: string, acknowledgedAt: string | null, onPortal: boolean, registeredBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type AcknowledgeInboundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeInboundMutation = { __typename?: 'Mutation', acknowledgeInbound: { __typename?: 'Inbound', id: string, kind: InboundKind, title: string, body: string, audience: InboundAudience, unitPrefix: string | null, requesterId: string | null, registeredAt: string, acknowledgedAt: string | null, onPortal: boolean, registeredBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type RelayTicketToDepartmentMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  departmentId: Scalars['ID']['input'];
  ask: Scalars['String']['input'];
  correctsRelayId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RelayTicketToDepartmentMutation = { __typename?: 'Mutation', relayTicketToDepartment: { __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } };

export type DepartmentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DepartmentsQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentConnection', edges: Array<{ __typename?: 'DepartmentEdge', node: { __typename?: 'Department', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, contacts: Array<{ __typename?: 'DepartmentContact', name: string, role: string, phone: string | null }> } }> } };

export type InboundQueryVariables = Exact<{
  unacknowledgedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboundQuery = { __typename?: 'Query', inbound: { __typename?: 'InboundConnection', edges: Array<{ __typename?: 'InboundEdge', node: { __typename?: 'Inbound', id: string, kind: InboundKind, title: string, body: string, audience: InboundAudience, unitPrefix: string | null, requesterId: string | null, registeredAt: string, acknowledgedAt: string | null, onPortal: boolean, registeredBy: { __typename?: 'Staff', id: string, name: string } | null, acknowledgedBy: { __typename?: 'Staff', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RelaysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  box?: InputMaybe<RelayBox>;
  status?: InputMaybe<Array<RelayStatus> | RelayStatus>;
}>;


export type RelaysQuery = { __typename?: 'Query', relays: { __typename?: 'RelayConnection', edges: Array<{ __typename?: 'RelayEdge', cursor: string, node: { __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type TicketRelaysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketRelaysQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, version: number, relays: Array<{ __typename?: 'Relay', id: string, version: number, status: RelayStatus, ask: string, dueAt: string, overdue: boolean, relayedAt: string, relayedByName: string, returnReason: ReturnReason | null, returnNote: string | null, reply: string | null, byPhone: boolean, correctsRelayId: string | null, viewerMayRespond: boolean, ticketNumber: number, ticketTitle: string, ticketLocation: string | null, department: { __typename?: 'Department', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type RequesterFileFieldsFragment = { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, units: Array<string>, businessCategory: string | null, contractStartsOn: string | null, contractEndsOn: string | null, status: MerchantStatus | null, contacts: Array<{ __typename?: 'RequesterContact', name: string, role: string, phone: string | null }> };

export type AddRequesterNoteMutationVariables = Exact<{
  requesterId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type AddRequesterNoteMutation = { __typename?: 'Mutation', addRequesterNote: { __typename?: 'RequesterNote', id: string } };

export type CreateRequesterMutationVariables = Exact<{
  input: RequesterInput;
}>;


export type CreateRequesterMutation = { __typename?: 'Mutation', createRequester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, units: Array<string>, businessCategory: string | null, contractStartsOn: string | null, contractEndsOn: string | null, status: MerchantStatus | null, contacts: Array<{ __typename?: 'RequesterContact', name: string, role: string, phone: string | null }> } };

export type RequesterImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type RequesterImportTemplateQuery = { __typename?: 'Query', requesterImportTemplate: string };

export type InviteRequesterMutationVariables = Exact<{
  requesterId: Scalars['ID']['input'];
}>;


export type InviteRequesterMutation = { __typename?: 'Mutation', inviteRequester: { __typename?: 'IssuedInvitation', code: string, portalPath: string, invitation: { __typename?: 'RequesterInvitation', id: string, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'RequesterInvitation', id: string, state: InvitationState } };

export type SetRequesterSignInDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetRequesterSignInDisabledMutation = { __typename?: 'Mutation', setRequesterSignInDisabled: { __typename?: 'RequesterSignIn', id: string, disabled: boolean } };

export type UpdateRequesterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RequesterInput;
}>;


export type UpdateRequesterMutation = { __typename?: 'Mutation', updateRequester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, units: Array<string>, businessCategory: string | null, contractStartsOn: string | null, contractEndsOn: string | null, status: MerchantStatus | null, contacts: Array<{ __typename?: 'RequesterContact', name: string, role: string, phone: string | null }> } };

export type ExpiringRequesterFilesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExpiringRequesterFilesQuery = { __typename?: 'Query', expiringRequesterFiles: { __typename?: 'ExpiringItemConnection', edges: Array<{ __typename?: 'ExpiringItemEdge', node: { __typename?: 'ExpiringItem', what: ExpiringWhat, expiresOn: string, requester: { __typename?: 'Requester', id: string, name: string, shopName: string | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RequesterPortalAccessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequesterPortalAccessQuery = { __typename?: 'Query', requester: { __typename?: 'Requester', id: string, signIns: Array<{ __typename?: 'RequesterSignIn', id: string, username: string, disabled: boolean }>, invitations: Array<{ __typename?: 'RequesterInvitation', id: string, state: InvitationState, createdAt: string, expiresAt: string, usedAt: string | null }> } };

export type RequesterArchiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequesterArchiveQuery = { __typename?: 'Query', requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, units: Array<string>, businessCategory: string | null, contractStartsOn: string | null, contractEndsOn: string | null, status: MerchantStatus | null, documents: Array<{ __typename?: 'RequesterDocument', id: string, kind: DocumentKind, expiresOn: string | null, fileName: string, url: string, addedAt: string, addedBy: { __typename?: 'Staff', id: string, name: string } | null }>, notes: Array<{ __typename?: 'RequesterNote', id: string, body: string, createdAt: string, author: { __typename?: 'Staff', id: string, name: string } | null }>, history: Array<{ __typename?: 'RequesterChange', id: string, action: RequesterChangeAction, at: string, actor: { __typename?: 'Staff', id: string, name: string } | null, fields: Array<{ __typename?: 'RequesterFieldChange', field: string, from: string | null, to: string | null }> }>, contacts: Array<{ __typename?: 'RequesterContact', name: string, role: string, phone: string | null }> }, tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', node: { __typename?: 'Ticket', id: string, number: number, title: string, status: TicketStatus, satisfaction: number | null, receivedAt: string } }> } };

export type RequesterFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequesterFileQuery = { __typename?: 'Query', requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, units: Array<string>, businessCategory: string | null, contractStartsOn: string | null, contractEndsOn: string | null, status: MerchantStatus | null, contacts: Array<{ __typename?: 'RequesterContact', name: string, role: string, phone: string | null }> } };

export type RequesterFilesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequesterFilesQuery = { __typename?: 'Query', requesterFiles: { __typename?: 'RequesterConnection', edges: Array<{ __typename?: 'RequesterEdge', cursor: string, node: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, units: Array<string>, businessCategory: string | null, contractStartsOn: string | null, contractEndsOn: string | null, status: MerchantStatus | null, contacts: Array<{ __typename?: 'RequesterContact', name: string, role: string, phone: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type TicketDetailFragment = { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> };

export type TicketEventItemFragment = { __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null };

export type TicketListItemFragment = { __typename?: 'Ticket', id: string, number: number, title: string, kind: TicketKind, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, receivedAt: string, newToStaff: boolean, reopenCount: number, requester: { __typename?: 'Requester', id: string, name: string, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string } | null };

export type AssignTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  assigneeId: Scalars['ID']['input'];
  severity?: InputMaybe<Severity>;
}>;


export type AssignTicketMutation = { __typename?: 'Mutation', assignTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type CloseTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CloseTicketMutation = { __typename?: 'Mutation', closeTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type CreateTicketMutationVariables = Exact<{
  idempotencyKey: Scalars['String']['input'];
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', id: string, number: number } };

export type SetTicketKindDeadlinesMutationVariables = Exact<{
  kind: TicketKind;
  deadlines: KindDeadlinesInput;
}>;


export type SetTicketKindDeadlinesMutation = { __typename?: 'Mutation', setTicketKindDeadlines: { __typename?: 'KindDeadlines', kind: TicketKind, source: DeadlinePolicySource, seedLine: string | null, severities: Array<{ __typename?: 'SeverityDeadlines', severity: Severity, handoverWithinHours: number | null, handoverSameDay: boolean, replyWithinHours: number | null, resolveWithinHours: number }> } };

export type ResetTicketKindDeadlinesMutationVariables = Exact<{
  kind: TicketKind;
}>;


export type ResetTicketKindDeadlinesMutation = { __typename?: 'Mutation', resetTicketKindDeadlines: { __typename?: 'KindDeadlines', kind: TicketKind, source: DeadlinePolicySource, seedLine: string | null, severities: Array<{ __typename?: 'SeverityDeadlines', severity: Severity, handoverWithinHours: number | null, handoverSameDay: boolean, replyWithinHours: number | null, resolveWithinHours: number }> } };

export type EscalateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type EscalateTicketMutation = { __typename?: 'Mutation', escalateTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type MarkTicketInvalidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type MarkTicketInvalidMutation = { __typename?: 'Mutation', markTicketInvalid: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type MarkTicketSeenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkTicketSeenMutation = { __typename?: 'Mutation', markTicketSeen: { __typename?: 'Ticket', id: string, newToStaff: boolean } };

export type RecordFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  channel: FollowUpChannel;
  satisfaction: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordFollowUpMutation = { __typename?: 'Mutation', recordFollowUp: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type RelayTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  department: PeerDepartment;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RelayTicketMutation = { __typename?: 'Mutation', relayTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type ReopenTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenTicketMutation = { __typename?: 'Mutation', reopenTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type ReplyTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  message: Scalars['String']['input'];
}>;


export type ReplyTicketMutation = { __typename?: 'Mutation', replyTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type ResolveTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  resolution: Scalars['String']['input'];
  repairCategory?: InputMaybe<RepairCategory>;
  waterTestAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ResolveTicketMutation = { __typename?: 'Mutation', resolveTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type SetTicketSubjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  subject?: InputMaybe<ComplaintSubjectInput>;
}>;


export type SetTicketSubjectMutation = { __typename?: 'Mutation', setTicketSubject: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type StartTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type StartTicketMutation = { __typename?: 'Mutation', startTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type TakeTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type TakeTicketMutation = { __typename?: 'Mutation', takeTicket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type AssignmentCandidatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentCandidatesQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, assignmentCandidates: Array<{ __typename?: 'AssignmentCandidate', inTicketUnit: boolean, openTickets: number, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string }, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type ComplaintSubjectOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintSubjectOptionsQuery = { __typename?: 'Query', orgChart: { __typename?: 'OrgChart', units: Array<{ __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }>, positions: Array<{ __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string }, holders: Array<{ __typename?: 'Assignment', id: string, acting: boolean, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string, active: boolean } }> }> } };

export type KindDeadlinesFieldsFragment = { __typename?: 'KindDeadlines', kind: TicketKind, source: DeadlinePolicySource, seedLine: string | null, severities: Array<{ __typename?: 'SeverityDeadlines', severity: Severity, handoverWithinHours: number | null, handoverSameDay: boolean, replyWithinHours: number | null, resolveWithinHours: number }> };

export type TicketDeadlinePoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketDeadlinePoliciesQuery = { __typename?: 'Query', ticketDeadlinePolicies: Array<{ __typename?: 'KindDeadlines', kind: TicketKind, source: DeadlinePolicySource, seedLine: string | null, severities: Array<{ __typename?: 'SeverityDeadlines', severity: Severity, handoverWithinHours: number | null, handoverSameDay: boolean, replyWithinHours: number | null, resolveWithinHours: number }> }> };

export type DeadlinePreviewQueryVariables = Exact<{
  severity: Severity;
  requestedBy?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DeadlinePreviewQuery = { __typename?: 'Query', deadlinePreview: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string } };

export type DeskKpiStartQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskKpiStartQuery = { __typename?: 'Query', kpiStartingPoints: { __typename?: 'KpiStartingPoints', site: boolean, staffId: string } };

export type DeskKpiTilesQueryVariables = Exact<{
  subject: KpiSubjectInput;
}>;


export type DeskKpiTilesQuery = { __typename?: 'Query', kpiScorecard: { __typename?: 'KpiScorecard', figures: Array<{ __typename?: 'KpiFigure', value: number | null, status: KpiStatus, kpi: { __typename?: 'KpiDefinition', code: KpiCode, unit: KpiUnit, name: { __typename?: 'LocalizedText', zh: string, en: string } } }> } };

export type RequesterLookupQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RequesterLookupQuery = { __typename?: 'Query', requesters: Array<{ __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }> };

export type TicketStaffLookupQueryVariables = Exact<{
  text?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TicketStaffLookupQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffConnection', edges: Array<{ __typename?: 'StaffEdge', node: { __typename?: 'Staff', id: string, name: string, employeeNo: string, active: boolean } }> } };

export type TicketCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketCountsQuery = { __typename?: 'Query', ticketCounts: Array<{ __typename?: 'TicketCount', status: TicketStatus, severity: Severity, count: number }> };

export type TicketUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketUnitsQuery = { __typename?: 'Query', orgChart: { __typename?: 'OrgChart', units: Array<{ __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }> } };

export type TicketViewerScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketViewerScopeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', username: string, staff: { __typename?: 'Staff', id: string } | null, positions: Array<{ __typename?: 'Position', id: string, unit: { __typename?: 'Unit', id: string } }> } | null };

export type TicketDetailViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketDetailViewQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } };

export type TicketQueueQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  order?: InputMaybe<TicketOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketQueueQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', edges: Array<{ __typename?: 'TicketEdge', cursor: string, node: { __typename?: 'Ticket', id: string, number: number, title: string, kind: TicketKind, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, receivedAt: string, newToStaff: boolean, reopenCount: number, requester: { __typename?: 'Requester', id: string, name: string, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type TicketUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'TicketUpdate', version: number, ticket: { __typename?: 'Ticket', id: string, number: number, newToStaff: boolean, reopenCount: number, reopenedAt: string | null, title: string, description: string, kind: TicketKind, channel: Channel, severity: Severity, status: TicketStatus, slaState: SlaState, dueAt: string | null, overdue: boolean, location: string | null, preferredContactTime: string | null, repairCategory: RepairCategory | null, relayedTo: PeerDepartment | null, escalationLevel: number, satisfaction: number | null, receivedAt: string, requestedBy: string | null, resolvedAt: string | null, closedAt: string | null, followUpDueAt: string | null, updatedAt: string, version: number, availableActions: Array<TicketCommand>, photos: Array<{ __typename?: 'Photo', id: string, url: string, contentType: string }>, deadlines: { __typename?: 'Deadlines', handoverBy: string | null, replyBy: string | null, resolveBy: string }, requester: { __typename?: 'Requester', id: string, kind: RequesterKind, name: string, phone: string | null, shopName: string | null, shopUnit: string | null }, assignee: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, unit: { __typename?: 'Unit', id: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null, subject: { __typename?: 'ComplaintSubject', kind: ComplaintSubjectKind, department: PeerDepartment | null, staff: { __typename?: 'Staff', id: string, name: string, employeeNo: string } | null, position: { __typename?: 'Position', id: string, title: { __typename?: 'LocalizedText', zh: string, en: string } } | null, unit: { __typename?: 'Unit', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } | null } | null, timeline: Array<{ __typename?: 'TicketEvent', id: string, at: string, type: TicketEventType, fromStatus: TicketStatus | null, toStatus: TicketStatus | null, actorKind: ActorKind, department: PeerDepartment | null, note: string | null, satisfaction: number | null, resolverBecameHandler: boolean, visibleToRequester: boolean, actor: { __typename?: 'Staff', id: string, name: string } | null, assignee: { __typename?: 'Staff', id: string, name: string } | null, departmentName: { __typename?: 'LocalizedText', zh: string, en: string } | null }> } | null } };

export const FollowUpFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"callerMustNotBeHandler"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"nextCallAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayCall"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayDecide"}}]}}]} as unknown as DocumentNode<FollowUpFieldsFragment, unknown>;
export const KpiGroupFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiGroupFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<KpiGroupFigureFieldsFragment, unknown>;
export const KpiScorecardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"formulaByProduct"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KpiScorecardFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"forStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const OrgChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<OrgChangeFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const PositionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStrength"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<PositionSummaryFragment, unknown>;
export const StaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffFieldsFragment, unknown>;
export const ReceptionEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReceptionEntryFieldsFragment, unknown>;
export const InboundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inbound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onPortal"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<InboundFieldsFragment, unknown>;
export const RelayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<RelayFieldsFragment, unknown>;
export const RequesterFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequesterFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requester"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RequesterFileFieldsFragment, unknown>;
export const TicketEventItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}}]} as unknown as DocumentNode<TicketEventItemFragment, unknown>;
export const TicketDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}}]} as unknown as DocumentNode<TicketDetailFragment, unknown>;
export const TicketListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketListItemFragment, unknown>;
export const KindDeadlinesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KindDeadlinesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KindDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seedLine"}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"handoverWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"handoverSameDay"}},{"kind":"Field","name":{"kind":"Name","value":"replyWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolveWithinHours"}}]}}]}}]} as unknown as DocumentNode<KindDeadlinesFieldsFragment, unknown>;
export const ChangeOwnPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOwnPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOwnPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOwnPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const RevokeMySessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeMySessionMutation, RevokeMySessionMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AccountEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRevoked"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccountEventsQuery, AccountEventsQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siteActions"}},{"kind":"Field","name":{"kind":"Name","value":"siteTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DecideFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"followUpId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"callerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"callerMustNotBeHandler"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"nextCallAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayCall"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayDecide"}}]}}]} as unknown as DocumentNode<DecideFollowUpMutation, DecideFollowUpMutationVariables>;
export const RecordFollowUpCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUpCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUpCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"callerMustNotBeHandler"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"nextCallAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayCall"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayDecide"}}]}}]} as unknown as DocumentNode<RecordFollowUpCallMutation, RecordFollowUpCallMutationVariables>;
export const FollowUpCallersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpCallers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpCallersQuery, FollowUpCallersQueryVariables>;
export const FollowUpRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"handledRate"}}]}}]}}]} as unknown as DocumentNode<FollowUpRatesQuery, FollowUpRatesQueryVariables>;
export const FollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpView"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"callerMustNotBeHandler"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"nextCallAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayCall"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayDecide"}}]}}]} as unknown as DocumentNode<FollowUpsQuery, FollowUpsQueryVariables>;
export const SaveKpiReportAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveKpiReportAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"analysis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveKpiReportAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"analysis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"analysis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}}]}}]} as unknown as DocumentNode<SaveKpiReportAnalysisMutation, SaveKpiReportAnalysisMutationVariables>;
export const SetKpiTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetKpiTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetKpiTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setKpiTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}}]}}]} as unknown as DocumentNode<SetKpiTargetMutation, SetKpiTargetMutationVariables>;
export const KpiGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiGroupFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiGroupFigureFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiGroupFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<KpiGroupsQuery, KpiGroupsQueryVariables>;
export const KpiMonthlyReportXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiMonthlyReportXlsx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiMonthlyReportXlsx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}]}}]} as unknown as DocumentNode<KpiMonthlyReportXlsxQuery, KpiMonthlyReportXlsxQueryVariables>;
export const KpiMonthlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiMonthlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiMonthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"intake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relayed"}},{"kind":"Field","name":{"kind":"Name","value":"misrouted"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"notFixed"}},{"kind":"Field","name":{"kind":"Name","value":"unreached"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"handlingRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"formulaByProduct"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KpiMonthlyReportQuery, KpiMonthlyReportQueryVariables>;
export const KpiScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSubjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"formulaByProduct"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KpiScorecardQuery, KpiScorecardQueryVariables>;
export const KpiStartingPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiStartingPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiStartingPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"teamPositionIds"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}}]}}]}}]} as unknown as DocumentNode<KpiStartingPointsQuery, KpiStartingPointsQueryVariables>;
export const KpiTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"formulaByProduct"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KpiTeamQuery, KpiTeamQueryVariables>;
export const KpiTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSubjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDrillFact"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"fact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fact"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<KpiTicketsQuery, KpiTicketsQueryVariables>;
export const KpiTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSubjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiPeriodKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiScorecardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"formulaByProduct"}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"noDataReason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KpiTrendQuery, KpiTrendQueryVariables>;
export const ReadsKpiGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadsKpiGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readsKpiGroups"}}]}}]}}]} as unknown as DocumentNode<ReadsKpiGroupsQuery, ReadsKpiGroupsQueryVariables>;
export const AcknowledgeMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"forStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMessageMutation, AcknowledgeMessageMutationVariables>;
export const TakeMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"forStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TakeMessageMutation, TakeMessageMutationVariables>;
export const EscalatedMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalatedMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalatedMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"forStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EscalatedMessagesQuery, EscalatedMessagesQueryVariables>;
export const MessageInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"forStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessageInboxQuery, MessageInboxQueryVariables>;
export const MessagesTakenByMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesTakenByMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messagesTakenByMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromPhone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"forStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessagesTakenByMeQuery, MessagesTakenByMeQueryVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const AssignStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AssignStaffMutation, AssignStaffMutationVariables>;
export const CancelScheduledOrgChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelScheduledOrgChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScheduledOrgChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}]}]}}]} as unknown as DocumentNode<CancelScheduledOrgChangeMutation, CancelScheduledOrgChangeMutationVariables>;
export const ChangeReportingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeReportingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportsTo"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReportingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportsTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportsTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeReportingLineMutation, ChangeReportingLineMutationVariables>;
export const CreatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStrength"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]} as unknown as DocumentNode<CreatePositionMutation, CreatePositionMutationVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const DeactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"openTickets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const EndAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handOverTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"returnWorkToQueue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"handOverTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handOverTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"returnWorkToQueue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"returnWorkToQueue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<EndAssignmentMutation, EndAssignmentMutationVariables>;
export const StaffImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffImportTemplate"}}]}}]} as unknown as DocumentNode<StaffImportTemplateQuery, StaffImportTemplateQueryVariables>;
export const ReactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateStaffMutation, ReactivateStaffMutationVariables>;
export const RetirePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetirePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<RetirePositionMutation, RetirePositionMutationVariables>;
export const SetPositionGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPositionGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPositionGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"positionScope"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]}}]} as unknown as DocumentNode<SetPositionGrantMutation, SetPositionGrantMutationVariables>;
export const CreateStaffSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<CreateStaffSignInMutation, CreateStaffSignInMutationVariables>;
export const SetStaffSignInDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffSignInDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffSignInDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<SetStaffSignInDisabledMutation, SetStaffSignInDisabledMutationVariables>;
export const ResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const UpdatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePositionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePositionMutation, UpdatePositionMutationVariables>;
export const UpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const AssignmentOpenWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentOpenWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentOpenWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unseenTickets"}}]}}]}}]} as unknown as DocumentNode<AssignmentOpenWorkQuery, AssignmentOpenWorkQueryVariables>;
export const OrgChangesXlsxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgChangesXlsx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgChangesXlsx"}}]}}]} as unknown as DocumentNode<OrgChangesXlsxQuery, OrgChangesXlsxQueryVariables>;
export const OrgChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgChangeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<OrgChangesQuery, OrgChangesQueryVariables>;
export const OrgChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStrength"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]} as unknown as DocumentNode<OrgChartQuery, OrgChartQueryVariables>;
export const PermissionMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"positionScope"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]}}]} as unknown as DocumentNode<PermissionMatrixQuery, PermissionMatrixQueryVariables>;
export const PositionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workEnvironment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStrength"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]} as unknown as DocumentNode<PositionDetailQuery, PositionDetailQueryVariables>;
export const PositionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgChangeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<PositionHistoryQuery, PositionHistoryQueryVariables>;
export const StaffChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffChangesQuery, StaffChangesQueryVariables>;
export const StaffDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"positionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffDirectoryQuery, StaffDirectoryQueryVariables>;
export const StaffOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"openTickets"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOptionsQuery, StaffOptionsQueryVariables>;
export const StaffSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffSignInQuery, StaffSignInQueryVariables>;
export const OrgChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrgChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgChanged"}}]}}]} as unknown as DocumentNode<OrgChangedSubscription, OrgChangedSubscriptionVariables>;
export const ReceiveVisitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveVisitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveVisitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"receivedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReceiveVisitorMutation, ReceiveVisitorMutationVariables>;
export const RecordReceptionOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReceptionOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedReceptionOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReceptionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordReceptionOutcomeMutation, RecordReceptionOutcomeMutationVariables>;
export const RegisterReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterReceptionMutation, RegisterReceptionMutationVariables>;
export const TurnReceptionIntoTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TurnReceptionIntoTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFromReceptionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnReceptionIntoTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TurnReceptionIntoTicketMutation, TurnReceptionIntoTicketMutationVariables>;
export const ReceptionEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionEntryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReceptionEntriesQuery, ReceptionEntriesQueryVariables>;
export const ReceptionWaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionStandardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"receptionWaiting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceptionEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceptionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReceptionWaitingQuery, ReceptionWaitingQueryVariables>;
export const ReceptionWaitingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReceptionWaitingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionWaitingChanged"}}]}}]} as unknown as DocumentNode<ReceptionWaitingChangedSubscription, ReceptionWaitingChangedSubscriptionVariables>;
export const AcceptRelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptRelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptRelayMutation, AcceptRelayMutationVariables>;
export const ReturnRelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnRelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnRelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnRelayMutation, ReturnRelayMutationVariables>;
export const ReplyToRelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToRelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToRelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToRelayMutation, ReplyToRelayMutationVariables>;
export const RegisterInboundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInbound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInboundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInbound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inbound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onPortal"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterInboundMutation, RegisterInboundMutationVariables>;
export const AcknowledgeInboundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeInbound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeInbound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inbound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onPortal"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeInboundMutation, AcknowledgeInboundMutationVariables>;
export const RelayTicketToDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelayTicketToDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ask"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"correctsRelayId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relayTicketToDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ask"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ask"}}},{"kind":"Argument","name":{"kind":"Name","value":"correctsRelayId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"correctsRelayId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<RelayTicketToDepartmentMutation, RelayTicketToDepartmentMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const InboundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledgedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unacknowledgedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledgedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboundFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inbound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onPortal"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<InboundQuery, InboundQueryVariables>;
export const RelaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"box"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelayBox"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelayStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"box"},"value":{"kind":"Variable","name":{"kind":"Name","value":"box"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelayFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<RelaysQuery, RelaysQueryVariables>;
export const TicketRelaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketRelays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"relays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"relayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"relayedByName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"correctsRelayId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRespond"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ticketLocation"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<TicketRelaysQuery, TicketRelaysQueryVariables>;
export const AddRequesterNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRequesterNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requesterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRequesterNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requesterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requesterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRequesterNoteMutation, AddRequesterNoteMutationVariables>;
export const CreateRequesterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRequester"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequesterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRequester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequesterFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequesterFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requester"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CreateRequesterMutation, CreateRequesterMutationVariables>;
export const RequesterImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequesterImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requesterImportTemplate"}}]}}]} as unknown as DocumentNode<RequesterImportTemplateQuery, RequesterImportTemplateQueryVariables>;
export const InviteRequesterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteRequester"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requesterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteRequester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requesterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requesterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"portalPath"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteRequesterMutation, InviteRequesterMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetRequesterSignInDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRequesterSignInDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequesterSignInDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<SetRequesterSignInDisabledMutation, SetRequesterSignInDisabledMutationVariables>;
export const UpdateRequesterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRequester"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequesterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRequester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequesterFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequesterFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requester"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<UpdateRequesterMutation, UpdateRequesterMutationVariables>;
export const ExpiringRequesterFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpiringRequesterFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringRequesterFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExpiringRequesterFilesQuery, ExpiringRequesterFilesQueryVariables>;
export const RequesterPortalAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequesterPortalAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequesterPortalAccessQuery, RequesterPortalAccessQueryVariables>;
export const RequesterArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequesterArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequesterFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requesterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequesterFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requester"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RequesterArchiveQuery, RequesterArchiveQueryVariables>;
export const RequesterFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequesterFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requester"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequesterFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequesterFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requester"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RequesterFileQuery, RequesterFileQueryVariables>;
export const RequesterFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequesterFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requesterFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequesterFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequesterFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Requester"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RequesterFilesQuery, RequesterFilesQueryVariables>;
export const AssignTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Severity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<AssignTicketMutation, AssignTicketMutationVariables>;
export const CloseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<CloseTicketMutation, CloseTicketMutationVariables>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const SetTicketKindDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketKindDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadlines"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KindDeadlinesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketKindDeadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadlines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadlines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KindDeadlinesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KindDeadlinesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KindDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seedLine"}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"handoverWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"handoverSameDay"}},{"kind":"Field","name":{"kind":"Name","value":"replyWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolveWithinHours"}}]}}]}}]} as unknown as DocumentNode<SetTicketKindDeadlinesMutation, SetTicketKindDeadlinesMutationVariables>;
export const ResetTicketKindDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetTicketKindDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetTicketKindDeadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KindDeadlinesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KindDeadlinesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KindDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seedLine"}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"handoverWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"handoverSameDay"}},{"kind":"Field","name":{"kind":"Name","value":"replyWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolveWithinHours"}}]}}]}}]} as unknown as DocumentNode<ResetTicketKindDeadlinesMutation, ResetTicketKindDeadlinesMutationVariables>;
export const EscalateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<EscalateTicketMutation, EscalateTicketMutationVariables>;
export const MarkTicketInvalidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTicketInvalid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTicketInvalid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<MarkTicketInvalidMutation, MarkTicketInvalidMutationVariables>;
export const MarkTicketSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTicketSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTicketSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}}]}}]}}]} as unknown as DocumentNode<MarkTicketSeenMutation, MarkTicketSeenMutationVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpChannel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfaction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const RelayTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelayTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerDepartment"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relayTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<RelayTicketMutation, RelayTicketMutationVariables>;
export const ReopenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<ReopenTicketMutation, ReopenTicketMutationVariables>;
export const ReplyTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<ReplyTicketMutation, ReplyTicketMutationVariables>;
export const ResolveTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repairCategory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RepairCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"waterTestAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"repairCategory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repairCategory"}}},{"kind":"Argument","name":{"kind":"Name","value":"waterTestAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"waterTestAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<ResolveTicketMutation, ResolveTicketMutationVariables>;
export const SetTicketSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintSubjectInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<SetTicketSubjectMutation, SetTicketSubjectMutationVariables>;
export const StartTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<StartTicketMutation, StartTicketMutationVariables>;
export const TakeTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<TakeTicketMutation, TakeTicketMutationVariables>;
export const AssignmentCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inTicketUnit"}},{"kind":"Field","name":{"kind":"Name","value":"openTickets"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentCandidatesQuery, AssignmentCandidatesQueryVariables>;
export const ComplaintSubjectOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintSubjectOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgChart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acting"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintSubjectOptionsQuery, ComplaintSubjectOptionsQueryVariables>;
export const TicketDeadlinePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketDeadlinePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketDeadlinePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KindDeadlinesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KindDeadlinesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KindDeadlines"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seedLine"}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"handoverWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"handoverSameDay"}},{"kind":"Field","name":{"kind":"Name","value":"replyWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolveWithinHours"}}]}}]}}]} as unknown as DocumentNode<TicketDeadlinePoliciesQuery, TicketDeadlinePoliciesQueryVariables>;
export const DeadlinePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlinePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Severity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlinePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severity"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}}]}}]} as unknown as DocumentNode<DeadlinePreviewQuery, DeadlinePreviewQueryVariables>;
export const DeskKpiStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskKpiStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiStartingPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}}]}}]}}]} as unknown as DocumentNode<DeskKpiStartQuery, DeskKpiStartQueryVariables>;
export const DeskKpiTilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskKpiTiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeskKpiTilesQuery, DeskKpiTilesQueryVariables>;
export const RequesterLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequesterLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requesters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}}]}}]} as unknown as DocumentNode<RequesterLookupQuery, RequesterLookupQueryVariables>;
export const TicketStaffLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketStaffLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketStaffLookupQuery, TicketStaffLookupQueryVariables>;
export const TicketCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<TicketCountsQuery, TicketCountsQueryVariables>;
export const TicketUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgChart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketUnitsQuery, TicketUnitsQueryVariables>;
export const TicketViewerScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketViewerScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketViewerScopeQuery, TicketViewerScopeQueryVariables>;
export const TicketDetailViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketDetailView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<TicketDetailViewQuery, TicketDetailViewQueryVariables>;
export const TicketQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketQueueQuery, TicketQueueQueryVariables>;
export const TicketUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketEventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"resolverBecameHandler"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToRequester"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newToStaff"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactTime"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairCategory"}},{"kind":"Field","name":{"kind":"Name","value":"relayedTo"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverBy"}},{"kind":"Field","name":{"kind":"Name","value":"replyBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shopName"}},{"kind":"Field","name":{"kind":"Name","value":"shopUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketEventItem"}}]}}]}}]} as unknown as DocumentNode<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>;