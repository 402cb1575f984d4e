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
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n      mustChangePassword\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n": typeof types.RevokeMySessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      mustChangePassword\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment MessageFields on Message {\n    id\n    fromName\n    fromPhone\n    text\n    urgency\n    takenAt\n    acknowledgedAt\n    ageSeconds\n    escalated\n    forStaff {\n      id\n      name\n    }\n    forUnit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    takenBy {\n      id\n      name\n    }\n    acknowledgedBy {\n      id\n      name\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": typeof types.AcknowledgeMessageDocument,
    "\n  mutation TakeMessage($input: TakeMessageInput!) {\n    takeMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": typeof types.TakeMessageDocument,
    "\n  query EscalatedMessages($first: Int, $after: String) {\n    escalatedMessages(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EscalatedMessagesDocument,
    "\n  query MessageInbox($first: Int, $after: String) {\n    messageInbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MessageInboxDocument,
    "\n  query MessagesTakenByMe($first: Int, $after: String) {\n    messagesTakenByMe(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MessagesTakenByMeDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          ticket {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment OrgChangeFields on OrgChange {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    positionTitle {\n      zh\n      en\n    }\n    position {\n      id\n    }\n    staff {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.OrgChangeFieldsFragmentDoc,
    "\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    overStrength\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n": typeof types.PositionSummaryFragmentDoc,
    "\n  fragment StaffFields on Staff {\n    id\n    name\n    employeeNo\n    phone\n    active\n    assignments {\n      id\n      acting\n      current\n      startsOn\n      endsOn\n      staff {\n        id\n        name\n        employeeNo\n      }\n      position {\n        id\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.StaffFieldsFragmentDoc,
    "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.AssignStaffDocument,
    "\n  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {\n    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {\n      id\n      reportsTo {\n        id\n      }\n    }\n  }\n": typeof types.ChangeReportingLineDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionSummary\n    }\n  }\n": typeof types.CreatePositionDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      staff {\n        ...StaffFields\n      }\n      endedAssignments\n      withdrawnAssignments\n      revokedSessions\n      openTickets\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.EndAssignmentDocument,
    "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n": typeof types.ReactivateStaffDocument,
    "\n  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {\n    retirePosition(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.RetirePositionDocument,
    "\n  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {\n    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {\n      position {\n        id\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": typeof types.SetPositionGrantDocument,
    "\n  mutation CreateStaffSignIn($staffId: ID!, $input: NewSignInInput!) {\n    createStaffSignIn(staffId: $staffId, input: $input) {\n      id\n      username\n      disabled\n      mustChangePassword\n    }\n  }\n": typeof types.CreateStaffSignInDocument,
    "\n  mutation SetStaffSignInDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffSignInDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetStaffSignInDisabledDocument,
    "\n  mutation ResetStaffPassword($id: ID!, $password: String!) {\n    resetStaffPassword(id: $id, password: $password) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.UpdatePositionDocument,
    "\n  mutation UpdateStaff($id: ID!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, input: $input) {\n      ...StaffFields\n    }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  query OrgChanges($first: Int, $after: String) {\n    orgChanges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChangeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrgChangesDocument,
    "\n  query OrgChart {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n      positions {\n        ...PositionSummary\n      }\n    }\n  }\n": typeof types.OrgChartDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      position {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": typeof types.PermissionMatrixDocument,
    "\n  query PositionDetail($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        ...PositionSummary\n        version\n        purpose {\n          zh\n          en\n        }\n        duties {\n          function {\n            zh\n            en\n          }\n          duties {\n            zh\n            en\n          }\n        }\n        kpis {\n          zh\n          en\n        }\n        authorities {\n          verb\n          domain\n          subject {\n            zh\n            en\n          }\n        }\n        qualifications {\n          education {\n            zh\n            en\n          }\n          experience {\n            zh\n            en\n          }\n          knowledge {\n            zh\n            en\n          }\n          skills {\n            zh\n            en\n          }\n        }\n        workEnvironment {\n          share\n          place {\n            zh\n            en\n          }\n        }\n        directReports {\n          id\n          title {\n            zh\n            en\n          }\n        }\n        assignmentHistory {\n          ...AssignmentFields\n        }\n      }\n    }\n  }\n": typeof types.PositionDetailDocument,
    "\n  query PositionHistory($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Position {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...OrgChangeFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.PositionHistoryDocument,
    "\n  query StaffChanges($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              field\n              from\n              to\n              changedAt\n              changedBy {\n                id\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffChangesDocument,
    "\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffDirectoryDocument,
    "\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n          openTickets\n          assignments {\n            id\n            current\n            acting\n            position {\n              id\n              title {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffOptionsDocument,
    "\n  query StaffSignIn($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        signIn {\n          id\n          username\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n": typeof types.StaffSignInDocument,
    "\n  subscription OrgChanged {\n    orgChanged\n  }\n": typeof types.OrgChangedDocument,
    "\n  fragment ReceptionEntryFields on ReceptionEntry {\n    id\n    channel\n    category\n    summary\n    arrivedAt\n    receivedAt\n    outcome\n    ticketNumber\n    ticket {\n      id\n    }\n    waitedSeconds\n    late\n    requester {\n      id\n      kind\n      name\n      shopName\n      shopUnit\n      phone\n    }\n    receivedBy {\n      id\n      name\n    }\n  }\n": typeof types.ReceptionEntryFieldsFragmentDoc,
    "\n  mutation ReceiveVisitor($id: ID!, $receivedAt: DateTime) {\n    receiveVisitor(id: $id, receivedAt: $receivedAt) {\n      ...ReceptionEntryFields\n    }\n  }\n": typeof types.ReceiveVisitorDocument,
    "\n  mutation RecordReceptionOutcome($id: ID!, $outcome: RecordedReceptionOutcome!) {\n    recordReceptionOutcome(id: $id, outcome: $outcome) {\n      ...ReceptionEntryFields\n    }\n  }\n": typeof types.RecordReceptionOutcomeDocument,
    "\n  mutation RegisterReception($input: RegisterReceptionInput!) {\n    registerReception(input: $input) {\n      ...ReceptionEntryFields\n    }\n  }\n": typeof types.RegisterReceptionDocument,
    "\n  mutation TurnReceptionIntoTicket($id: ID!, $input: TicketFromReceptionInput!, $idempotencyKey: String!) {\n    turnReceptionIntoTicket(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReceptionEntryFields\n    }\n  }\n": typeof types.TurnReceptionIntoTicketDocument,
    "\n  query ReceptionEntries($first: Int, $after: String) {\n    receptionEntries(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReceptionEntriesDocument,
    "\n  query ReceptionWaiting {\n    receptionStandardMinutes\n    receptionWaiting(first: 100) {\n      edges {\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n    }\n  }\n": typeof types.ReceptionWaitingDocument,
    "\n  fragment RelayFields on Relay {\n    id\n    version\n    status\n    ask\n    dueAt\n    overdue\n    relayedAt\n    relayedByName\n    returnReason\n    returnNote\n    reply\n    byPhone\n    correctsRelayId\n    viewerMayRespond\n    ticketNumber\n    ticketTitle\n    ticketLocation\n    department {\n      id\n      name {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.RelayFieldsFragmentDoc,
    "\n  mutation AcceptRelay($id: ID!, $version: Int!) {\n    acceptRelay(id: $id, version: $version) {\n      ...RelayFields\n    }\n  }\n": typeof types.AcceptRelayDocument,
    "\n  mutation ReturnRelay($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n    returnRelay(id: $id, version: $version, reason: $reason, note: $note) {\n      ...RelayFields\n    }\n  }\n": typeof types.ReturnRelayDocument,
    "\n  mutation ReplyToRelay($id: ID!, $version: Int!, $reply: String!) {\n    replyToRelay(id: $id, version: $version, reply: $reply) {\n      ...RelayFields\n    }\n  }\n": typeof types.ReplyToRelayDocument,
    "\n  mutation RelayTicketToDepartment($ticketId: ID!, $version: Int!, $departmentId: ID!, $ask: String!, $correctsRelayId: ID) {\n    relayTicketToDepartment(ticketId: $ticketId, version: $version, departmentId: $departmentId, ask: $ask, correctsRelayId: $correctsRelayId) {\n      ...RelayFields\n    }\n  }\n": typeof types.RelayTicketToDepartmentDocument,
    "\n  query Departments($first: Int) {\n    departments(first: $first) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n          contacts {\n            name\n            role\n            phone\n          }\n        }\n      }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query Relays($first: Int, $after: String, $box: RelayBox, $status: [RelayStatus!]) {\n    relays(first: $first, after: $after, box: $box, status: $status) {\n      edges {\n        cursor\n        node {\n          ...RelayFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RelaysDocument,
    "\n  query TicketRelays($id: ID!) {\n    ticket(id: $id) {\n      id\n      version\n      relays {\n        ...RelayFields\n      }\n    }\n  }\n": typeof types.TicketRelaysDocument,
    "\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n": typeof types.RequesterFileFieldsFragmentDoc,
    "\n  mutation AddRequesterNote($requesterId: ID!, $body: String!) {\n    addRequesterNote(requesterId: $requesterId, body: $body) {\n      id\n    }\n  }\n": typeof types.AddRequesterNoteDocument,
    "\n  mutation CreateRequester($input: RequesterInput!) {\n    createRequester(input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": typeof types.CreateRequesterDocument,
    "\n  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {\n    updateRequester(id: $id, input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": typeof types.UpdateRequesterDocument,
    "\n  query ExpiringRequesterFiles($first: Int, $after: String) {\n    expiringRequesterFiles(first: $first, after: $after) {\n      edges {\n        node {\n          what\n          expiresOn\n          requester {\n            id\n            name\n            shopName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExpiringRequesterFilesDocument,
    "\n  query RequesterArchive($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n      documents {\n        id\n        kind\n        expiresOn\n        fileName\n        url\n        addedAt\n        addedBy {\n          id\n          name\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n    tickets(filter: { requesterId: $id }, first: 20, order: NEWEST) {\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          satisfaction\n          receivedAt\n        }\n      }\n    }\n  }\n": typeof types.RequesterArchiveDocument,
    "\n  query RequesterFile($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n    }\n  }\n": typeof types.RequesterFileDocument,
    "\n  query RequesterFiles($first: Int, $after: String, $search: String) {\n    requesterFiles(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...RequesterFileFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RequesterFilesDocument,
    "\n  fragment TicketDetail on Ticket {\n    id\n    number\n    newToStaff\n    title\n    description\n    kind\n    channel\n    severity\n    status\n    slaState\n    dueAt\n    overdue\n    location\n    preferredContactTime\n    photos {\n      id\n      url\n      contentType\n    }\n    repairCategory\n    relayedTo\n    escalationLevel\n    satisfaction\n    receivedAt\n    requestedBy\n    resolvedAt\n    closedAt\n    followUpDueAt\n    updatedAt\n    version\n    deadlines {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n    requester {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n      employeeNo\n    }\n    unit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    availableActions\n    timeline {\n      ...TicketEventItem\n    }\n  }\n": typeof types.TicketDetailFragmentDoc,
    "\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    departmentName {\n      zh\n      en\n    }\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n": typeof types.TicketEventItemFragmentDoc,
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
    "\n  mutation ReplyTicket($id: ID!, $version: Int!, $message: String!) {\n    replyTicket(id: $id, version: $version, message: $message) {\n      ...TicketDetail\n    }\n  }\n": typeof types.ReplyTicketDocument,
    "\n  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {\n    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {\n      ...TicketDetail\n    }\n  }\n": typeof types.ResolveTicketDocument,
    "\n  mutation StartTicket($id: ID!, $version: Int!) {\n    startTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": typeof types.StartTicketDocument,
    "\n  mutation TakeTicket($id: ID!, $version: Int!) {\n    takeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": typeof types.TakeTicketDocument,
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
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n      mustChangePassword\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n": types.RevokeMySessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      mustChangePassword\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment MessageFields on Message {\n    id\n    fromName\n    fromPhone\n    text\n    urgency\n    takenAt\n    acknowledgedAt\n    ageSeconds\n    escalated\n    forStaff {\n      id\n      name\n    }\n    forUnit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    takenBy {\n      id\n      name\n    }\n    acknowledgedBy {\n      id\n      name\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": types.AcknowledgeMessageDocument,
    "\n  mutation TakeMessage($input: TakeMessageInput!) {\n    takeMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": types.TakeMessageDocument,
    "\n  query EscalatedMessages($first: Int, $after: String) {\n    escalatedMessages(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EscalatedMessagesDocument,
    "\n  query MessageInbox($first: Int, $after: String) {\n    messageInbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MessageInboxDocument,
    "\n  query MessagesTakenByMe($first: Int, $after: String) {\n    messagesTakenByMe(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MessagesTakenByMeDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          ticket {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment OrgChangeFields on OrgChange {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    positionTitle {\n      zh\n      en\n    }\n    position {\n      id\n    }\n    staff {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.OrgChangeFieldsFragmentDoc,
    "\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    overStrength\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n": types.PositionSummaryFragmentDoc,
    "\n  fragment StaffFields on Staff {\n    id\n    name\n    employeeNo\n    phone\n    active\n    assignments {\n      id\n      acting\n      current\n      startsOn\n      endsOn\n      staff {\n        id\n        name\n        employeeNo\n      }\n      position {\n        id\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.StaffFieldsFragmentDoc,
    "\n  mutation AssignStaff($input: AssignStaffInput!) {\n    assignStaff(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": types.AssignStaffDocument,
    "\n  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {\n    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {\n      id\n      reportsTo {\n        id\n      }\n    }\n  }\n": types.ChangeReportingLineDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...PositionSummary\n    }\n  }\n": types.CreatePositionDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      ...StaffFields\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      staff {\n        ...StaffFields\n      }\n      endedAssignments\n      withdrawnAssignments\n      revokedSessions\n      openTickets\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n": types.EndAssignmentDocument,
    "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n": types.ReactivateStaffDocument,
    "\n  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {\n    retirePosition(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.RetirePositionDocument,
    "\n  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {\n    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {\n      position {\n        id\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": types.SetPositionGrantDocument,
    "\n  mutation CreateStaffSignIn($staffId: ID!, $input: NewSignInInput!) {\n    createStaffSignIn(staffId: $staffId, input: $input) {\n      id\n      username\n      disabled\n      mustChangePassword\n    }\n  }\n": types.CreateStaffSignInDocument,
    "\n  mutation SetStaffSignInDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffSignInDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetStaffSignInDisabledDocument,
    "\n  mutation ResetStaffPassword($id: ID!, $password: String!) {\n    resetStaffPassword(id: $id, password: $password) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n": types.UpdatePositionDocument,
    "\n  mutation UpdateStaff($id: ID!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, input: $input) {\n      ...StaffFields\n    }\n  }\n": types.UpdateStaffDocument,
    "\n  query OrgChanges($first: Int, $after: String) {\n    orgChanges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChangeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrgChangesDocument,
    "\n  query OrgChart {\n    orgChart {\n      units {\n        id\n        code\n        name {\n          zh\n          en\n        }\n      }\n      positions {\n        ...PositionSummary\n      }\n    }\n  }\n": types.OrgChartDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      position {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n      cells {\n        action\n        allowed\n        reason\n        scope\n        source\n        positionScope\n        choices\n      }\n    }\n  }\n": types.PermissionMatrixDocument,
    "\n  query PositionDetail($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        ...PositionSummary\n        version\n        purpose {\n          zh\n          en\n        }\n        duties {\n          function {\n            zh\n            en\n          }\n          duties {\n            zh\n            en\n          }\n        }\n        kpis {\n          zh\n          en\n        }\n        authorities {\n          verb\n          domain\n          subject {\n            zh\n            en\n          }\n        }\n        qualifications {\n          education {\n            zh\n            en\n          }\n          experience {\n            zh\n            en\n          }\n          knowledge {\n            zh\n            en\n          }\n          skills {\n            zh\n            en\n          }\n        }\n        workEnvironment {\n          share\n          place {\n            zh\n            en\n          }\n        }\n        directReports {\n          id\n          title {\n            zh\n            en\n          }\n        }\n        assignmentHistory {\n          ...AssignmentFields\n        }\n      }\n    }\n  }\n": types.PositionDetailDocument,
    "\n  query PositionHistory($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Position {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...OrgChangeFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.PositionHistoryDocument,
    "\n  query StaffChanges($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              field\n              from\n              to\n              changedAt\n              changedBy {\n                id\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.StaffChangesDocument,
    "\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffDirectoryDocument,
    "\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n          openTickets\n          assignments {\n            id\n            current\n            acting\n            position {\n              id\n              title {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StaffOptionsDocument,
    "\n  query StaffSignIn($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        signIn {\n          id\n          username\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n": types.StaffSignInDocument,
    "\n  subscription OrgChanged {\n    orgChanged\n  }\n": types.OrgChangedDocument,
    "\n  fragment ReceptionEntryFields on ReceptionEntry {\n    id\n    channel\n    category\n    summary\n    arrivedAt\n    receivedAt\n    outcome\n    ticketNumber\n    ticket {\n      id\n    }\n    waitedSeconds\n    late\n    requester {\n      id\n      kind\n      name\n      shopName\n      shopUnit\n      phone\n    }\n    receivedBy {\n      id\n      name\n    }\n  }\n": types.ReceptionEntryFieldsFragmentDoc,
    "\n  mutation ReceiveVisitor($id: ID!, $receivedAt: DateTime) {\n    receiveVisitor(id: $id, receivedAt: $receivedAt) {\n      ...ReceptionEntryFields\n    }\n  }\n": types.ReceiveVisitorDocument,
    "\n  mutation RecordReceptionOutcome($id: ID!, $outcome: RecordedReceptionOutcome!) {\n    recordReceptionOutcome(id: $id, outcome: $outcome) {\n      ...ReceptionEntryFields\n    }\n  }\n": types.RecordReceptionOutcomeDocument,
    "\n  mutation RegisterReception($input: RegisterReceptionInput!) {\n    registerReception(input: $input) {\n      ...ReceptionEntryFields\n    }\n  }\n": types.RegisterReceptionDocument,
    "\n  mutation TurnReceptionIntoTicket($id: ID!, $input: TicketFromReceptionInput!, $idempotencyKey: String!) {\n    turnReceptionIntoTicket(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReceptionEntryFields\n    }\n  }\n": types.TurnReceptionIntoTicketDocument,
    "\n  query ReceptionEntries($first: Int, $after: String) {\n    receptionEntries(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReceptionEntriesDocument,
    "\n  query ReceptionWaiting {\n    receptionStandardMinutes\n    receptionWaiting(first: 100) {\n      edges {\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n    }\n  }\n": types.ReceptionWaitingDocument,
    "\n  fragment RelayFields on Relay {\n    id\n    version\n    status\n    ask\n    dueAt\n    overdue\n    relayedAt\n    relayedByName\n    returnReason\n    returnNote\n    reply\n    byPhone\n    correctsRelayId\n    viewerMayRespond\n    ticketNumber\n    ticketTitle\n    ticketLocation\n    department {\n      id\n      name {\n        zh\n        en\n      }\n    }\n  }\n": types.RelayFieldsFragmentDoc,
    "\n  mutation AcceptRelay($id: ID!, $version: Int!) {\n    acceptRelay(id: $id, version: $version) {\n      ...RelayFields\n    }\n  }\n": types.AcceptRelayDocument,
    "\n  mutation ReturnRelay($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n    returnRelay(id: $id, version: $version, reason: $reason, note: $note) {\n      ...RelayFields\n    }\n  }\n": types.ReturnRelayDocument,
    "\n  mutation ReplyToRelay($id: ID!, $version: Int!, $reply: String!) {\n    replyToRelay(id: $id, version: $version, reply: $reply) {\n      ...RelayFields\n    }\n  }\n": types.ReplyToRelayDocument,
    "\n  mutation RelayTicketToDepartment($ticketId: ID!, $version: Int!, $departmentId: ID!, $ask: String!, $correctsRelayId: ID) {\n    relayTicketToDepartment(ticketId: $ticketId, version: $version, departmentId: $departmentId, ask: $ask, correctsRelayId: $correctsRelayId) {\n      ...RelayFields\n    }\n  }\n": types.RelayTicketToDepartmentDocument,
    "\n  query Departments($first: Int) {\n    departments(first: $first) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n          contacts {\n            name\n            role\n            phone\n          }\n        }\n      }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query Relays($first: Int, $after: String, $box: RelayBox, $status: [RelayStatus!]) {\n    relays(first: $first, after: $after, box: $box, status: $status) {\n      edges {\n        cursor\n        node {\n          ...RelayFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RelaysDocument,
    "\n  query TicketRelays($id: ID!) {\n    ticket(id: $id) {\n      id\n      version\n      relays {\n        ...RelayFields\n      }\n    }\n  }\n": types.TicketRelaysDocument,
    "\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n": types.RequesterFileFieldsFragmentDoc,
    "\n  mutation AddRequesterNote($requesterId: ID!, $body: String!) {\n    addRequesterNote(requesterId: $requesterId, body: $body) {\n      id\n    }\n  }\n": types.AddRequesterNoteDocument,
    "\n  mutation CreateRequester($input: RequesterInput!) {\n    createRequester(input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": types.CreateRequesterDocument,
    "\n  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {\n    updateRequester(id: $id, input: $input) {\n      ...RequesterFileFields\n    }\n  }\n": types.UpdateRequesterDocument,
    "\n  query ExpiringRequesterFiles($first: Int, $after: String) {\n    expiringRequesterFiles(first: $first, after: $after) {\n      edges {\n        node {\n          what\n          expiresOn\n          requester {\n            id\n            name\n            shopName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExpiringRequesterFilesDocument,
    "\n  query RequesterArchive($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n      documents {\n        id\n        kind\n        expiresOn\n        fileName\n        url\n        addedAt\n        addedBy {\n          id\n          name\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n    tickets(filter: { requesterId: $id }, first: 20, order: NEWEST) {\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          satisfaction\n          receivedAt\n        }\n      }\n    }\n  }\n": types.RequesterArchiveDocument,
    "\n  query RequesterFile($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n    }\n  }\n": types.RequesterFileDocument,
    "\n  query RequesterFiles($first: Int, $after: String, $search: String) {\n    requesterFiles(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...RequesterFileFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RequesterFilesDocument,
    "\n  fragment TicketDetail on Ticket {\n    id\n    number\n    newToStaff\n    title\n    description\n    kind\n    channel\n    severity\n    status\n    slaState\n    dueAt\n    overdue\n    location\n    preferredContactTime\n    photos {\n      id\n      url\n      contentType\n    }\n    repairCategory\n    relayedTo\n    escalationLevel\n    satisfaction\n    receivedAt\n    requestedBy\n    resolvedAt\n    closedAt\n    followUpDueAt\n    updatedAt\n    version\n    deadlines {\n      handoverBy\n      replyBy\n      resolveBy\n    }\n    requester {\n      id\n      kind\n      name\n      phone\n      shopName\n      shopUnit\n    }\n    assignee {\n      id\n      name\n      employeeNo\n    }\n    unit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    availableActions\n    timeline {\n      ...TicketEventItem\n    }\n  }\n": types.TicketDetailFragmentDoc,
    "\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    departmentName {\n      zh\n      en\n    }\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n": types.TicketEventItemFragmentDoc,
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
    "\n  mutation ReplyTicket($id: ID!, $version: Int!, $message: String!) {\n    replyTicket(id: $id, version: $version, message: $message) {\n      ...TicketDetail\n    }\n  }\n": types.ReplyTicketDocument,
    "\n  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {\n    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {\n      ...TicketDetail\n    }\n  }\n": types.ResolveTicketDocument,
    "\n  mutation StartTicket($id: ID!, $version: Int!) {\n    startTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": types.StartTicketDocument,
    "\n  mutation TakeTicket($id: ID!, $version: Int!) {\n    takeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n": types.TakeTicketDocument,
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
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n"];
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
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      username\n      mustChangePassword\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      username\n      mustChangePassword\n      kind\n      siteActions\n      siteTimeZone\n      staff {\n        id\n        name\n        employeeNo\n      }\n      positions {\n        id\n        code\n        title {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    fromName\n    fromPhone\n    text\n    urgency\n    takenAt\n    acknowledgedAt\n    ageSeconds\n    escalated\n    forStaff {\n      id\n      name\n    }\n    forUnit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    takenBy {\n      id\n      name\n    }\n    acknowledgedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    fromName\n    fromPhone\n    text\n    urgency\n    takenAt\n    acknowledgedAt\n    ageSeconds\n    escalated\n    forStaff {\n      id\n      name\n    }\n    forUnit {\n      id\n      name {\n        zh\n        en\n      }\n    }\n    takenBy {\n      id\n      name\n    }\n    acknowledgedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeMessage($id: ID!) {\n    acknowledgeMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeMessage($input: TakeMessageInput!) {\n    takeMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeMessage($input: TakeMessageInput!) {\n    takeMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalatedMessages($first: Int, $after: String) {\n    escalatedMessages(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalatedMessages($first: Int, $after: String) {\n    escalatedMessages(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageInbox($first: Int, $after: String) {\n    messageInbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageInbox($first: Int, $after: String) {\n    messageInbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesTakenByMe($first: Int, $after: String) {\n    messagesTakenByMe(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagesTakenByMe($first: Int, $after: String) {\n    messagesTakenByMe(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          ticket {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          ticket {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentFields on Assignment {\n    id\n    acting\n    current\n    startsOn\n    endsOn\n    staff {\n      id\n      name\n      employeeNo\n    }\n    position {\n      id\n      title {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgChangeFields on OrgChange {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    positionTitle {\n      zh\n      en\n    }\n    position {\n      id\n    }\n    staff {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment OrgChangeFields on OrgChange {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    positionTitle {\n      zh\n      en\n    }\n    position {\n      id\n    }\n    staff {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    overStrength\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment PositionSummary on Position {\n    id\n    code\n    title {\n      zh\n      en\n    }\n    headcount\n    vacancies\n    overStrength\n    unit {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    reportsTo {\n      id\n    }\n    holders {\n      ...AssignmentFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      staff {\n        ...StaffFields\n      }\n      endedAssignments\n      withdrawnAssignments\n      revokedSessions\n      openTickets\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      staff {\n        ...StaffFields\n      }\n      endedAssignments\n      withdrawnAssignments\n      revokedSessions\n      openTickets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {\n    endAssignment(id: $id, endsOn: $endsOn) {\n      ...AssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) {\n      ...StaffFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateStaffSignIn($staffId: ID!, $input: NewSignInInput!) {\n    createStaffSignIn(staffId: $staffId, input: $input) {\n      id\n      username\n      disabled\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffSignIn($staffId: ID!, $input: NewSignInInput!) {\n    createStaffSignIn(staffId: $staffId, input: $input) {\n      id\n      username\n      disabled\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffSignInDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffSignInDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffSignInDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffSignInDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($id: ID!, $password: String!) {\n    resetStaffPassword(id: $id, password: $password) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($id: ID!, $password: String!) {\n    resetStaffPassword(id: $id, password: $password) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {\n    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      version\n      id\n      headcount\n      vacancies\n      title {\n        zh\n        en\n      }\n      purpose {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($id: ID!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, input: $input) {\n      ...StaffFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaff($id: ID!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, input: $input) {\n      ...StaffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChanges($first: Int, $after: String) {\n    orgChanges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChangeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChanges($first: Int, $after: String) {\n    orgChanges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChangeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PositionHistory($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Position {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...OrgChangeFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionHistory($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Position {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              ...OrgChangeFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffChanges($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              field\n              from\n              to\n              changedAt\n              changedBy {\n                id\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffChanges($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        history(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              field\n              from\n              to\n              changedAt\n              changedBy {\n                id\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {\n    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {\n      edges {\n        cursor\n        node {\n          ...StaffFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n          openTickets\n          assignments {\n            id\n            current\n            acting\n            position {\n              id\n              title {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffOptions($text: String) {\n    staffMembers(first: 20, text: $text) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          active\n          openTickets\n          assignments {\n            id\n            current\n            acting\n            position {\n              id\n              title {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSignIn($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        signIn {\n          id\n          username\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffSignIn($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Staff {\n        signIn {\n          id\n          username\n          disabled\n          mustChangePassword\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrgChanged {\n    orgChanged\n  }\n"): (typeof documents)["\n  subscription OrgChanged {\n    orgChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceptionEntryFields on ReceptionEntry {\n    id\n    channel\n    category\n    summary\n    arrivedAt\n    receivedAt\n    outcome\n    ticketNumber\n    ticket {\n      id\n    }\n    waitedSeconds\n    late\n    requester {\n      id\n      kind\n      name\n      shopName\n      shopUnit\n      phone\n    }\n    receivedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReceptionEntryFields on ReceptionEntry {\n    id\n    channel\n    category\n    summary\n    arrivedAt\n    receivedAt\n    outcome\n    ticketNumber\n    ticket {\n      id\n    }\n    waitedSeconds\n    late\n    requester {\n      id\n      kind\n      name\n      shopName\n      shopUnit\n      phone\n    }\n    receivedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveVisitor($id: ID!, $receivedAt: DateTime) {\n    receiveVisitor(id: $id, receivedAt: $receivedAt) {\n      ...ReceptionEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveVisitor($id: ID!, $receivedAt: DateTime) {\n    receiveVisitor(id: $id, receivedAt: $receivedAt) {\n      ...ReceptionEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReceptionOutcome($id: ID!, $outcome: RecordedReceptionOutcome!) {\n    recordReceptionOutcome(id: $id, outcome: $outcome) {\n      ...ReceptionEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReceptionOutcome($id: ID!, $outcome: RecordedReceptionOutcome!) {\n    recordReceptionOutcome(id: $id, outcome: $outcome) {\n      ...ReceptionEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterReception($input: RegisterReceptionInput!) {\n    registerReception(input: $input) {\n      ...ReceptionEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterReception($input: RegisterReceptionInput!) {\n    registerReception(input: $input) {\n      ...ReceptionEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnReceptionIntoTicket($id: ID!, $input: TicketFromReceptionInput!, $idempotencyKey: String!) {\n    turnReceptionIntoTicket(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReceptionEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation TurnReceptionIntoTicket($id: ID!, $input: TicketFromReceptionInput!, $idempotencyKey: String!) {\n    turnReceptionIntoTicket(id: $id, input: $input, idempotencyKey: $idempotencyKey) {\n      ...ReceptionEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionEntries($first: Int, $after: String) {\n    receptionEntries(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionEntries($first: Int, $after: String) {\n    receptionEntries(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionWaiting {\n    receptionStandardMinutes\n    receptionWaiting(first: 100) {\n      edges {\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionWaiting {\n    receptionStandardMinutes\n    receptionWaiting(first: 100) {\n      edges {\n        node {\n          ...ReceptionEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelayFields on Relay {\n    id\n    version\n    status\n    ask\n    dueAt\n    overdue\n    relayedAt\n    relayedByName\n    returnReason\n    returnNote\n    reply\n    byPhone\n    correctsRelayId\n    viewerMayRespond\n    ticketNumber\n    ticketTitle\n    ticketLocation\n    department {\n      id\n      name {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RelayFields on Relay {\n    id\n    version\n    status\n    ask\n    dueAt\n    overdue\n    relayedAt\n    relayedByName\n    returnReason\n    returnNote\n    reply\n    byPhone\n    correctsRelayId\n    viewerMayRespond\n    ticketNumber\n    ticketTitle\n    ticketLocation\n    department {\n      id\n      name {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRelay($id: ID!, $version: Int!) {\n    acceptRelay(id: $id, version: $version) {\n      ...RelayFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptRelay($id: ID!, $version: Int!) {\n    acceptRelay(id: $id, version: $version) {\n      ...RelayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnRelay($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n    returnRelay(id: $id, version: $version, reason: $reason, note: $note) {\n      ...RelayFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnRelay($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {\n    returnRelay(id: $id, version: $version, reason: $reason, note: $note) {\n      ...RelayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToRelay($id: ID!, $version: Int!, $reply: String!) {\n    replyToRelay(id: $id, version: $version, reply: $reply) {\n      ...RelayFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToRelay($id: ID!, $version: Int!, $reply: String!) {\n    replyToRelay(id: $id, version: $version, reply: $reply) {\n      ...RelayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelayTicketToDepartment($ticketId: ID!, $version: Int!, $departmentId: ID!, $ask: String!, $correctsRelayId: ID) {\n    relayTicketToDepartment(ticketId: $ticketId, version: $version, departmentId: $departmentId, ask: $ask, correctsRelayId: $correctsRelayId) {\n      ...RelayFields\n    }\n  }\n"): (typeof documents)["\n  mutation RelayTicketToDepartment($ticketId: ID!, $version: Int!, $departmentId: ID!, $ask: String!, $correctsRelayId: ID) {\n    relayTicketToDepartment(ticketId: $ticketId, version: $version, departmentId: $departmentId, ask: $ask, correctsRelayId: $correctsRelayId) {\n      ...RelayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($first: Int) {\n    departments(first: $first) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n          contacts {\n            name\n            role\n            phone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Departments($first: Int) {\n    departments(first: $first) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n          contacts {\n            name\n            role\n            phone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Relays($first: Int, $after: String, $box: RelayBox, $status: [RelayStatus!]) {\n    relays(first: $first, after: $after, box: $box, status: $status) {\n      edges {\n        cursor\n        node {\n          ...RelayFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Relays($first: Int, $after: String, $box: RelayBox, $status: [RelayStatus!]) {\n    relays(first: $first, after: $after, box: $box, status: $status) {\n      edges {\n        cursor\n        node {\n          ...RelayFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketRelays($id: ID!) {\n    ticket(id: $id) {\n      id\n      version\n      relays {\n        ...RelayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketRelays($id: ID!) {\n    ticket(id: $id) {\n      id\n      version\n      relays {\n        ...RelayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment RequesterFileFields on Requester {\n    id\n    kind\n    name\n    phone\n    shopName\n    units\n    businessCategory\n    contractStartsOn\n    contractEndsOn\n    status\n    contacts {\n      name\n      role\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRequesterNote($requesterId: ID!, $body: String!) {\n    addRequesterNote(requesterId: $requesterId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRequesterNote($requesterId: ID!, $body: String!) {\n    addRequesterNote(requesterId: $requesterId, body: $body) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query ExpiringRequesterFiles($first: Int, $after: String) {\n    expiringRequesterFiles(first: $first, after: $after) {\n      edges {\n        node {\n          what\n          expiresOn\n          requester {\n            id\n            name\n            shopName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpiringRequesterFiles($first: Int, $after: String) {\n    expiringRequesterFiles(first: $first, after: $after) {\n      edges {\n        node {\n          what\n          expiresOn\n          requester {\n            id\n            name\n            shopName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequesterArchive($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n      documents {\n        id\n        kind\n        expiresOn\n        fileName\n        url\n        addedAt\n        addedBy {\n          id\n          name\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n    tickets(filter: { requesterId: $id }, first: 20, order: NEWEST) {\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          satisfaction\n          receivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequesterArchive($id: ID!) {\n    requester(id: $id) {\n      ...RequesterFileFields\n      documents {\n        id\n        kind\n        expiresOn\n        fileName\n        url\n        addedAt\n        addedBy {\n          id\n          name\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      history {\n        id\n        action\n        at\n        actor {\n          id\n          name\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n    tickets(filter: { requesterId: $id }, first: 20, order: NEWEST) {\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          satisfaction\n          receivedAt\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    departmentName {\n      zh\n      en\n    }\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n"): (typeof documents)["\n  fragment TicketEventItem on TicketEvent {\n    id\n    at\n    type\n    fromStatus\n    toStatus\n    actorKind\n    actor {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    department\n    departmentName {\n      zh\n      en\n    }\n    note\n    satisfaction\n    resolverBecameHandler\n    visibleToRequester\n  }\n"];
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
export function graphql(source: "\n  mutation ReplyTicket($id: ID!, $version: Int!, $message: String!) {\n    replyTicket(id: $id, version: $version, message: $message) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyTicket($id: ID!, $version: Int!, $message: String!) {\n    replyTicket(id: $id, version: $version, message: $message) {\n      ...TicketDetail\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TakeTicket($id: ID!, $version: Int!) {\n    takeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TakeTicket($id: ID!, $version: Int!) {\n    takeTicket(id: $id, version: $version) {\n      ...TicketDetail\n    }\n  }\n"];
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