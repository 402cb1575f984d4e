/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n": typeof types.PositionSummaryFragmentDoc,
    "\n  fragment StaffFields on Staff {\n    id\n    name\n    employeeNo\n    phone\n    active\n    assignments {\n      id\n      acting\n      current\n      startsOn\n      endsOn\n      staff {\n        id\n        name\n        employeeNo\n      }\n      position {\n        id\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.StaffFieldsFragmentDoc,
    "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.AssignStaffDocument,
    "\n  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {\n    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {\n      id\n      reportsTo {\n        id\n      }\n    }\n  }\n": typeof types.ChangeReportingLineDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionSummary\n    }\n  }\n": typeof types.CreatePositionDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.EndAssignmentDocument,
    "\n  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {\n    retirePosition(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.RetirePositionDocument,
    "\n  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {\n    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {\n      position {\n        id\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": typeof types.SetPositionGrantDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.UpdatePositionDocument,
    "\n  query OrgChart {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n      positions {\n        ...PositionSummary\n      }\n    }\n  }\n": typeof types.OrgChartDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      position {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": typeof types.PermissionMatrixDocument,
    "\n  query PositionDetail($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        ...PositionSummary\n        version\n        purpose {\n          zh\n          en\n        }\n        duties {\n          function {\n            zh\n            en\n          }\n          duties {\n            zh\n            en\n          }\n        }\n        kpis {\n          zh\n          en\n        }\n        authorities {\n          verb\n          domain\n          subject {\n            zh\n            en\n          }\n        }\n        qualifications {\n          education {\n            zh\n            en\n          }\n          experience {\n            zh\n            en\n          }\n          knowledge {\n            zh\n            en\n          }\n          skills {\n            zh\n            en\n          }\n        }\n        workEnvironment {\n          share\n          place {\n            zh\n            en\n          }\n        }\n        directReports {\n          id\n          title {\n            zh\n            en\n          }\n        }\n        assignmentHistory {\n          ...AssignmentFields\n        }\n      }\n    }\n  }\n": typeof types.PositionDetailDocument,
    "\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffDirectoryDocument,
    "\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n        }\n      }\n    }\n  }\n": typeof types.StaffOptionsDocument,
    "\n  subscription OrgChanged {\n    orgChanged\n  }\n": typeof types.OrgChangedDocument,
    "\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n": typeof types.RequesterFileFieldsFragmentDoc,
    "\n  mutation CreateRequester($input: RequesterInput!) {\n    createRequester(input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": typeof types.CreateRequesterDocument,
    "\n  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {\n    updateRequester(id: $id, input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": typeof types.UpdateRequesterDocument,
    "\n  query RequesterFile($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n    }\n  }\n": typeof types.RequesterFileDocument,
    "\n  query RequesterFiles($first: Int, $after: String, $search: String) {\n    requesterFiles(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...RequesterFileFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RequesterFilesDocument,
    "\n  fragment TicketDetail on Ticket {\n    id\n    number\n    newToStaff\n    title\n    description\n    kind\n    channel\n    severity\n    status\n    slaState\n    dueAt\n    overdue\n    location\n    preferredContactTime\n    photos {\n      id\n      url\n      contentType\n    }\n    repairCategory\n    relayedTo\n    escalationLevel\n    satisfaction\n    receivedAt\n    requestedBy\n    resolvedAt\n    closedAt\n    followUpDueAt\n    updatedAt\n    version\n    deadlines {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n    requester {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n      employeeNo\n    }\n    unit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    availableActions\n    timeline {\n      ...TicketEventItem\n    }\n  }\n": typeof types.TicketDetailFragmentDoc,
    "\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n": typeof types.TicketEventItemFragmentDoc,
    "\n  fragment TicketListItem on Ticket {\n    id\n    number\n    title\n    kind\n    severity\n    status\n    slaState\n    dueAt\n    receivedAt\n    newToStaff\n    requester {\n      id\n      name\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.TicketListItemFragmentDoc,
    "\n  mutation AssignTicket($id: ID!, $version: Int!, $assigneeId: ID!, $severity: Severity) {\n    assignTicket(id: $id, version: $version, assigneeId: $assigneeId, severity: $severity) {\n      ...TicketDetail\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation CloseTicket($id: ID!, $version: Int!) {\n    closeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": typeof types.CloseTicketDocument,
    "\n  mutation CreateTicket($idempotencyKey: String!, $input: CreateTicketInput!) {\n    createTicket(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation EscalateTicket($id: ID!, $version: Int!, $reason: String!) {\n    escalateTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n": typeof types.EscalateTicketDocument,
    "\n  mutation MarkTicketInvalid($id: ID!, $version: Int!, $reason: String!) {\n    markTicketInvalid(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n": typeof types.MarkTicketInvalidDocument,
    "\n  mutation MarkTicketSeen($id: ID!) {\n    markTicketSeen(id: $id) {\n      id\n      newToStaff\n    }\n  }\n": typeof types.MarkTicketSeenDocument,
    "\n  mutation RecordFollowUp($id: ID!, $version: Int!, $channel: FollowUpChannel!, $satisfaction: Int!, $note: String) {\n    recordFollowUp(id: $id, version: $version, channel: $channel, satisfaction: $satisfaction, note: $note) {\n      ...TicketDetail\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  mutation RelayTicket($id: ID!, $version: Int!, $department: PeerDepartment!, $note: String) {\n    relayTicket(id: $id, version: $version, department: $department, note: $note) {\n      ...TicketDetail\n    }\n  }\n": typeof types.RelayTicketDocument,
    "\n  mutation ReopenTicket($id: ID!, $version: Int!, $reason: String!) {\n    reopenTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n": typeof types.ReopenTicketDocument,
    "\n  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {\n    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {\n      ...TicketDetail\n    }\n  }\n": typeof types.ResolveTicketDocument,
    "\n  mutation StartTicket($id: ID!, $version: Int!) {\n    startTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": typeof types.StartTicketDocument,
    "\n  query DeadlinePreview($severity: Severity!, $requestedBy: DateTime) {\n    deadlinePreview(severity: $severity, requestedBy: $requestedBy) {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n  }\n": typeof types.DeadlinePreviewDocument,
    "\n  query RequesterLookup($search: String!, $first: Int) {\n    requesters(search: $search, first: $first) {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n  }\n": typeof types.RequesterLookupDocument,
    "\n  query TicketStaffLookup($text: String, $first: Int) {\n    staffMembers(text: $text, first: $first) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n        }\n      }\n    }\n  }\n": typeof types.TicketStaffLookupDocument,
    "\n  query TicketCounts {\n    ticketCounts {\n      status\n      severity\n      count\n    }\n  }\n": typeof types.TicketCountsDocument,
    "\n  query TicketUnits {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.TicketUnitsDocument,
    "\n  query TicketViewerScope {\n    viewer {\n      username\n      staff {\n        id\n      }\n      positions {\n        id\n        unit {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TicketViewerScopeDocument,
    "\n  query TicketDetailView($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n": typeof types.TicketDetailViewDocument,
    "\n  query TicketQueue($filter: TicketFilter, $order: TicketOrder, $first: Int!, $after: String) {\n    tickets(filter: $filter, order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TicketQueueDocument,
    "\n  subscription TicketUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      version\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n": typeof types.TicketUpdatedDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n": types.PositionSummaryFragmentDoc,
    "\n  fragment StaffFields on Staff {\n    id\n    name\n    employeeNo\n    phone\n    active\n    assignments {\n      id\n      acting\n      current\n      startsOn\n      endsOn\n      staff {\n        id\n        name\n        employeeNo\n      }\n      position {\n        id\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.StaffFieldsFragmentDoc,
    "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": types.AssignStaffDocument,
    "\n  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {\n    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {\n      id\n      reportsTo {\n        id\n      }\n    }\n  }\n": types.ChangeReportingLineDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionSummary\n    }\n  }\n": types.CreatePositionDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n": types.EndAssignmentDocument,
    "\n  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {\n    retirePosition(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.RetirePositionDocument,
    "\n  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {\n    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {\n      position {\n        id\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": types.SetPositionGrantDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n": types.UpdatePositionDocument,
    "\n  query OrgChart {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n      positions {\n        ...PositionSummary\n      }\n    }\n  }\n": types.OrgChartDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      position {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": types.PermissionMatrixDocument,
    "\n  query PositionDetail($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        ...PositionSummary\n        version\n        purpose {\n          zh\n          en\n        }\n        duties {\n          function {\n            zh\n            en\n          }\n          duties {\n            zh\n            en\n          }\n        }\n        kpis {\n          zh\n          en\n        }\n        authorities {\n          verb\n          domain\n          subject {\n            zh\n            en\n          }\n        }\n        qualifications {\n          education {\n            zh\n            en\n          }\n          experience {\n            zh\n            en\n          }\n          knowledge {\n            zh\n            en\n          }\n          skills {\n            zh\n            en\n          }\n        }\n        workEnvironment {\n          share\n          place {\n            zh\n            en\n          }\n        }\n        directReports {\n          id\n          title {\n            zh\n            en\n          }\n        }\n        assignmentHistory {\n          ...AssignmentFields\n        }\n      }\n    }\n  }\n": types.PositionDetailDocument,
    "\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffDirectoryDocument,
    "\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n        }\n      }\n    }\n  }\n": types.StaffOptionsDocument,
    "\n  subscription OrgChanged {\n    orgChanged\n  }\n": types.OrgChangedDocument,
    "\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n": types.RequesterFileFieldsFragmentDoc,
    "\n  mutation CreateRequester($input: RequesterInput!) {\n    createRequester(input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": types.CreateRequesterDocument,
    "\n  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {\n    updateRequester(id: $id, input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": types.UpdateRequesterDocument,
    "\n  query RequesterFile($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n    }\n  }\n": types.RequesterFileDocument,
    "\n  query RequesterFiles($first: Int, $after: String, $search: String) {\n    requesterFiles(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...RequesterFileFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RequesterFilesDocument,
    "\n  fragment TicketDetail on Ticket {\n    id\n    number\n    newToStaff\n    title\n    description\n    kind\n    channel\n    severity\n    status\n    slaState\n    dueAt\n    overdue\n    location\n    preferredContactTime\n    photos {\n      id\n      url\n      contentType\n    }\n    repairCategory\n    relayedTo\n    escalationLevel\n    satisfaction\n    receivedAt\n    requestedBy\n    resolvedAt\n    closedAt\n    followUpDueAt\n    updatedAt\n    version\n    deadlines {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n    requester {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n      employeeNo\n    }\n    unit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    availableActions\n    timeline {\n      ...TicketEventItem\n    }\n  }\n": types.TicketDetailFragmentDoc,
    "\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n": types.TicketEventItemFragmentDoc,
    "\n  fragment TicketListItem on Ticket {\n    id\n    number\n    title\n    kind\n    severity\n    status\n    slaState\n    dueAt\n    receivedAt\n    newToStaff\n    requester {\n      id\n      name\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": types.TicketListItemFragmentDoc,
    "\n  mutation AssignTicket($id: ID!, $version: Int!, $assigneeId: ID!, $severity: Severity) {\n    assignTicket(id: $id, version: $version, assigneeId: $assigneeId, severity: $severity) {\n      ...TicketDetail\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation CloseTicket($id: ID!, $version: Int!) {\n    closeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": types.CloseTicketDocument,
    "\n  mutation CreateTicket($idempotencyKey: String!, $input: CreateTicketInput!) {\n    createTicket(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      number\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation EscalateTicket($id: ID!, $version: Int!, $reason: String!) {\n    escalateTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n": types.EscalateTicketDocument,
    "\n  mutation MarkTicketInvalid($id: ID!, $version: Int!, $reason: String!) {\n    markTicketInvalid(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n": types.MarkTicketInvalidDocument,
    "\n  mutation MarkTicketSeen($id: ID!) {\n    markTicketSeen(id: $id) {\n      id\n      newToStaff\n    }\n  }\n": types.MarkTicketSeenDocument,
    "\n  mutation RecordFollowUp($id: ID!, $version: Int!, $channel: FollowUpChannel!, $satisfaction: Int!, $note: String) {\n    recordFollowUp(id: $id, version: $version, channel: $channel, satisfaction: $satisfaction, note: $note) {\n      ...TicketDetail\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  mutation RelayTicket($id: ID!, $version: Int!, $department: PeerDepartment!, $note: String) {\n    relayTicket(id: $id, version: $version, department: $department, note: $note) {\n      ...TicketDetail\n    }\n  }\n": types.RelayTicketDocument,
    "\n  mutation ReopenTicket($id: ID!, $version: Int!, $reason: String!) {\n    reopenTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n": types.ReopenTicketDocument,
    "\n  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {\n    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {\n      ...TicketDetail\n    }\n  }\n": types.ResolveTicketDocument,
    "\n  mutation StartTicket($id: ID!, $version: Int!) {\n    startTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": types.StartTicketDocument,
    "\n  query DeadlinePreview($severity: Severity!, $requestedBy: DateTime) {\n    deadlinePreview(severity: $severity, requestedBy: $requestedBy) {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n  }\n": types.DeadlinePreviewDocument,
    "\n  query RequesterLookup($search: String!, $first: Int) {\n    requesters(search: $search, first: $first) {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n  }\n": types.RequesterLookupDocument,
    "\n  query TicketStaffLookup($text: String, $first: Int) {\n    staffMembers(text: $text, first: $first) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n        }\n      }\n    }\n  }\n": types.TicketStaffLookupDocument,
    "\n  query TicketCounts {\n    ticketCounts {\n      status\n      severity\n      count\n    }\n  }\n": types.TicketCountsDocument,
    "\n  query TicketUnits {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.TicketUnitsDocument,
    "\n  query TicketViewerScope {\n    viewer {\n      username\n      staff {\n        id\n      }\n      positions {\n        id\n        unit {\n          id\n        }\n      }\n    }\n  }\n": types.TicketViewerScopeDocument,
    "\n  query TicketDetailView($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n": types.TicketDetailViewDocument,
    "\n  query TicketQueue($filter: TicketFilter, $order: TicketOrder, $first: Int!, $after: String) {\n    tickets(filter: $filter, order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TicketQueueDocument,
    "\n  subscription TicketUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      version\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n": types.TicketUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      username\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      username\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffFields on Staff {\n    id\n    name\n    employeeNo\n    phone\n    active\n    assignments {\n      id\n      acting\n      current\n      startsOn\n      endsOn\n      staff {\n        id\n        name\n        employeeNo\n      }\n      position {\n        id\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffFields on Staff {\n    id\n    name\n    employeeNo\n    phone\n    active\n    assignments {\n      id\n      acting\n      current\n      startsOn\n      endsOn\n      staff {\n        id\n        name\n        employeeNo\n      }\n      position {\n        id\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {\n    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {\n      id\n      reportsTo {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {\n    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {\n      id\n      reportsTo {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {\n    retirePosition(id: $id, expectedVersion: $expectedVersion)\n  }\n"): (typeof documents)["\n  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {\n    retirePosition(id: $id, expectedVersion: $expectedVersion)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {\n    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {\n      position {\n        id\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {\n    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {\n      position {\n        id\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChart {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n      positions {\n        ...PositionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChart {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n      positions {\n        ...PositionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionMatrix {\n    permissionMatrix {\n      position {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionMatrix {\n    permissionMatrix {\n      position {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionDetail($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        ...PositionSummary\n        version\n        purpose {\n          zh\n          en\n        }\n        duties {\n          function {\n            zh\n            en\n          }\n          duties {\n            zh\n            en\n          }\n        }\n        kpis {\n          zh\n          en\n        }\n        authorities {\n          verb\n          domain\n          subject {\n            zh\n            en\n          }\n        }\n        qualifications {\n          education {\n            zh\n            en\n          }\n          experience {\n            zh\n            en\n          }\n          knowledge {\n            zh\n            en\n          }\n          skills {\n            zh\n            en\n          }\n        }\n        workEnvironment {\n          share\n          place {\n            zh\n            en\n          }\n        }\n        directReports {\n          id\n          title {\n            zh\n            en\n          }\n        }\n        assignmentHistory {\n          ...AssignmentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionDetail($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        ...PositionSummary\n        version\n        purpose {\n          zh\n          en\n        }\n        duties {\n          function {\n            zh\n            en\n          }\n          duties {\n            zh\n            en\n          }\n        }\n        kpis {\n          zh\n          en\n        }\n        authorities {\n          verb\n          domain\n          subject {\n            zh\n            en\n          }\n        }\n        qualifications {\n          education {\n            zh\n            en\n          }\n          experience {\n            zh\n            en\n          }\n          knowledge {\n            zh\n            en\n          }\n          skills {\n            zh\n            en\n          }\n        }\n        workEnvironment {\n          share\n          place {\n            zh\n            en\n          }\n        }\n        directReports {\n          id\n          title {\n            zh\n            en\n          }\n        }\n        assignmentHistory {\n          ...AssignmentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrgChanged {\n    orgChanged\n  }\n"): (typeof documents)["\n  subscription OrgChanged {\n    orgChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRequester($input: RequesterInput!) {\n    createRequester(input: $input) {\n      ...RequesterFileFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRequester($input: RequesterInput!) {\n    createRequester(input: $input) {\n      ...RequesterFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {\n    updateRequester(id: $id, input: $input) {\n      ...RequesterFileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {\n    updateRequester(id: $id, input: $input) {\n      ...RequesterFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequesterFile($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n    }\n  }\n"): (typeof documents)["\n  query RequesterFile($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequesterFiles($first: Int, $after: String, $search: String) {\n    requesterFiles(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...RequesterFileFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequesterFiles($first: Int, $after: String, $search: String) {\n    requesterFiles(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...RequesterFileFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetail on Ticket {\n    id\n    number\n    newToStaff\n    title\n    description\n    kind\n    channel\n    severity\n    status\n    slaState\n    dueAt\n    overdue\n    location\n    preferredContactTime\n    photos {\n      id\n      url\n      contentType\n    }\n    repairCategory\n    relayedTo\n    escalationLevel\n    satisfaction\n    receivedAt\n    requestedBy\n    resolvedAt\n    closedAt\n    followUpDueAt\n    updatedAt\n    version\n    deadlines {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n    requester {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n      employeeNo\n    }\n    unit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    availableActions\n    timeline {\n      ...TicketEventItem\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetail on Ticket {\n    id\n    number\n    newToStaff\n    title\n    description\n    kind\n    channel\n    severity\n    status\n    slaState\n    dueAt\n    overdue\n    location\n    preferredContactTime\n    photos {\n      id\n      url\n      contentType\n    }\n    repairCategory\n    relayedTo\n    escalationLevel\n    satisfaction\n    receivedAt\n    requestedBy\n    resolvedAt\n    closedAt\n    followUpDueAt\n    updatedAt\n    version\n    deadlines {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n    requester {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n      employeeNo\n    }\n    unit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    availableActions\n    timeline {\n      ...TicketEventItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n"): (typeof documents)["\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketListItem on Ticket {\n    id\n    number\n    title\n    kind\n    severity\n    status\n    slaState\n    dueAt\n    receivedAt\n    newToStaff\n    requester {\n      id\n      name\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketListItem on Ticket {\n    id\n    number\n    title\n    kind\n    severity\n    status\n    slaState\n    dueAt\n    receivedAt\n    newToStaff\n    requester {\n      id\n      name\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($id: ID!, $version: Int!, $assigneeId: ID!, $severity: Severity) {\n    assignTicket(id: $id, version: $version, assigneeId: $assigneeId, severity: $severity) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($id: ID!, $version: Int!, $assigneeId: ID!, $severity: Severity) {\n    assignTicket(id: $id, version: $version, assigneeId: $assigneeId, severity: $severity) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($id: ID!, $version: Int!) {\n    closeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTicket($id: ID!, $version: Int!) {\n    closeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($idempotencyKey: String!, $input: CreateTicketInput!) {\n    createTicket(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($idempotencyKey: String!, $input: CreateTicketInput!) {\n    createTicket(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateTicket($id: ID!, $version: Int!, $reason: String!) {\n    escalateTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateTicket($id: ID!, $version: Int!, $reason: String!) {\n    escalateTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTicketInvalid($id: ID!, $version: Int!, $reason: String!) {\n    markTicketInvalid(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTicketInvalid($id: ID!, $version: Int!, $reason: String!) {\n    markTicketInvalid(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTicketSeen($id: ID!) {\n    markTicketSeen(id: $id) {\n      id\n      newToStaff\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTicketSeen($id: ID!) {\n    markTicketSeen(id: $id) {\n      id\n      newToStaff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($id: ID!, $version: Int!, $channel: FollowUpChannel!, $satisfaction: Int!, $note: String) {\n    recordFollowUp(id: $id, version: $version, channel: $channel, satisfaction: $satisfaction, note: $note) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($id: ID!, $version: Int!, $channel: FollowUpChannel!, $satisfaction: Int!, $note: String) {\n    recordFollowUp(id: $id, version: $version, channel: $channel, satisfaction: $satisfaction, note: $note) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelayTicket($id: ID!, $version: Int!, $department: PeerDepartment!, $note: String) {\n    relayTicket(id: $id, version: $version, department: $department, note: $note) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RelayTicket($id: ID!, $version: Int!, $department: PeerDepartment!, $note: String) {\n    relayTicket(id: $id, version: $version, department: $department, note: $note) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($id: ID!, $version: Int!, $reason: String!) {\n    reopenTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTicket($id: ID!, $version: Int!, $reason: String!) {\n    reopenTicket(id: $id, version: $version, reason: $reason) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {\n    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {\n    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTicket($id: ID!, $version: Int!) {\n    startTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation StartTicket($id: ID!, $version: Int!) {\n    startTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlinePreview($severity: Severity!, $requestedBy: DateTime) {\n    deadlinePreview(severity: $severity, requestedBy: $requestedBy) {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n  }\n"): (typeof documents)["\n  query DeadlinePreview($severity: Severity!, $requestedBy: DateTime) {\n    deadlinePreview(severity: $severity, requestedBy: $requestedBy) {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequesterLookup($search: String!, $first: Int) {\n    requesters(search: $search, first: $first) {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n  }\n"): (typeof documents)["\n  query RequesterLookup($search: String!, $first: Int) {\n    requesters(search: $search, first: $first) {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketStaffLookup($text: String, $first: Int) {\n    staffMembers(text: $text, first: $first) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketStaffLookup($text: String, $first: Int) {\n    staffMembers(text: $text, first: $first) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketCounts {\n    ticketCounts {\n      status\n      severity\n      count\n    }\n  }\n"): (typeof documents)["\n  query TicketCounts {\n    ticketCounts {\n      status\n      severity\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketUnits {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketUnits {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketViewerScope {\n    viewer {\n      username\n      staff {\n        id\n      }\n      positions {\n        id\n        unit {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketViewerScope {\n    viewer {\n      username\n      staff {\n        id\n      }\n      positions {\n        id\n        unit {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketDetailView($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  query TicketDetailView($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueue($filter: TicketFilter, $order: TicketOrder, $first: Int!, $after: String) {\n    tickets(filter: $filter, order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketQueue($filter: TicketFilter, $order: TicketOrder, $first: Int!, $after: String) {\n    tickets(filter: $filter, order: $order, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TicketListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      version\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      version\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;