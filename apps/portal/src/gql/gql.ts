/* eslint-disable */
import * as types from './graphql';



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
    "\n  mutation PortalChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n    }\n  }\n": typeof types.PortalChangeOwnPasswordDocument,
    "\n  mutation PortalRevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n": typeof types.PortalRevokeMySessionDocument,
    "\n  mutation PortalSignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.PortalSignOutEverywhereDocument,
    "\n  mutation PortalLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n": typeof types.PortalLoginDocument,
    "\n  mutation PortalLogout {\n    logout\n  }\n": typeof types.PortalLogoutDocument,
    "\n  mutation PortalRedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n": typeof types.PortalRedeemInvitationDocument,
    "\n  query PortalMySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.PortalMySessionsDocument,
    "\n  query PortalViewer {\n    viewer {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  query MyProfile {\n    viewer {\n      requester {\n        id\n        kind\n        name\n        shopName\n        shopUnit\n        phone\n        preferredContactTime\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyContact($input: MyContactInput!) {\n    updateMyContact(input: $input) {\n      id\n      phone\n      preferredContactTime\n    }\n  }\n": typeof types.UpdateMyContactDocument,
    "\n  query MyNotices($first: Int!) {\n    myNotices(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          from {\n            zh\n            en\n          }\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  fragment RequestDetail on MyRequest {\n    ...RequestSummary\n    location\n    preferredContactTime\n    relayedTo\n    version\n    canRate\n    resolution\n    followUp {\n      at\n      satisfaction\n      channel\n      reopened\n    }\n    photos {\n      id\n      url\n      contentType\n    }\n    timeline {\n      at\n      type\n      toStatus\n      department\n      departmentName {\n        zh\n        en\n      }\n      reply\n      stars\n      comment\n      reopened\n      supervisorNotified\n    }\n  }\n": typeof types.RequestDetailFragmentDoc,
    "\n  fragment RequestSummary on MyRequest {\n    id\n    number\n    kind\n    title\n    description\n    status\n    severity\n    promisedBy\n    overdue\n    resolvedAt\n    closedAt\n    receivedAt\n  }\n": typeof types.RequestSummaryFragmentDoc,
    "\n  mutation RateRequest($id: ID!, $version: Int!, $stars: Int!, $comment: String) {\n    rateRequest(id: $id, version: $version, stars: $stars, comment: $comment) {\n      ...RequestDetail\n    }\n  }\n": typeof types.RateRequestDocument,
    "\n  mutation SubmitRequest($idempotencyKey: String!, $input: SubmitRequestInput!) {\n    submitRequest(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  mutation UploadRequestPhoto($file: File!) {\n    uploadRequestPhoto(file: $file) {\n      id\n      url\n    }\n  }\n": typeof types.UploadRequestPhotoDocument,
    "\n  query MyRequest($id: ID!) {\n    myRequest(id: $id) {\n      ...RequestDetail\n    }\n  }\n": typeof types.MyRequestDocument,
    "\n  query MyRequests($first: Int!, $after: String) {\n    myRequests(first: $first, after: $after) {\n      edges {\n        node {\n          ...RequestSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  subscription RequestUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      request {\n        ...RequestDetail\n      }\n    }\n  }\n": typeof types.RequestUpdatedDocument,
};
const documents: Documents = {
    "\n  mutation PortalChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n    }\n  }\n": types.PortalChangeOwnPasswordDocument,
    "\n  mutation PortalRevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n": types.PortalRevokeMySessionDocument,
    "\n  mutation PortalSignOutEverywhere {\n    signOutEverywhere\n  }\n": types.PortalSignOutEverywhereDocument,
    "\n  mutation PortalLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n": types.PortalLoginDocument,
    "\n  mutation PortalLogout {\n    logout\n  }\n": types.PortalLogoutDocument,
    "\n  mutation PortalRedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n": types.PortalRedeemInvitationDocument,
    "\n  query PortalMySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": types.PortalMySessionsDocument,
    "\n  query PortalViewer {\n    viewer {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n": types.PortalViewerDocument,
    "\n  query MyProfile {\n    viewer {\n      requester {\n        id\n        kind\n        name\n        shopName\n        shopUnit\n        phone\n        preferredContactTime\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyContact($input: MyContactInput!) {\n    updateMyContact(input: $input) {\n      id\n      phone\n      preferredContactTime\n    }\n  }\n": types.UpdateMyContactDocument,
    "\n  query MyNotices($first: Int!) {\n    myNotices(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          from {\n            zh\n            en\n          }\n          publishedAt\n        }\n      }\n    }\n  }\n": types.MyNoticesDocument,
    "\n  fragment RequestDetail on MyRequest {\n    ...RequestSummary\n    location\n    preferredContactTime\n    relayedTo\n    version\n    canRate\n    resolution\n    followUp {\n      at\n      satisfaction\n      channel\n      reopened\n    }\n    photos {\n      id\n      url\n      contentType\n    }\n    timeline {\n      at\n      type\n      toStatus\n      department\n      departmentName {\n        zh\n        en\n      }\n      reply\n      stars\n      comment\n      reopened\n      supervisorNotified\n    }\n  }\n": types.RequestDetailFragmentDoc,
    "\n  fragment RequestSummary on MyRequest {\n    id\n    number\n    kind\n    title\n    description\n    status\n    severity\n    promisedBy\n    overdue\n    resolvedAt\n    closedAt\n    receivedAt\n  }\n": types.RequestSummaryFragmentDoc,
    "\n  mutation RateRequest($id: ID!, $version: Int!, $stars: Int!, $comment: String) {\n    rateRequest(id: $id, version: $version, stars: $stars, comment: $comment) {\n      ...RequestDetail\n    }\n  }\n": types.RateRequestDocument,
    "\n  mutation SubmitRequest($idempotencyKey: String!, $input: SubmitRequestInput!) {\n    submitRequest(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  mutation UploadRequestPhoto($file: File!) {\n    uploadRequestPhoto(file: $file) {\n      id\n      url\n    }\n  }\n": types.UploadRequestPhotoDocument,
    "\n  query MyRequest($id: ID!) {\n    myRequest(id: $id) {\n      ...RequestDetail\n    }\n  }\n": types.MyRequestDocument,
    "\n  query MyRequests($first: Int!, $after: String) {\n    myRequests(first: $first, after: $after) {\n      edges {\n        node {\n          ...RequestSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  subscription RequestUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      request {\n        ...RequestDetail\n      }\n    }\n  }\n": types.RequestUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      username\n    }\n  }\n"): typeof import('./graphql').PortalChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRevokeMySession($id: ID!) {\n    revokeMySession(id: $id)\n  }\n"): typeof import('./graphql').PortalRevokeMySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').PortalSignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n"): typeof import('./graphql').PortalLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLogout {\n    logout\n  }\n"): typeof import('./graphql').PortalLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n"): typeof import('./graphql').PortalRedeemInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMySessions {\n    mySessions {\n      id\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"): typeof import('./graphql').PortalMySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalViewer {\n    viewer {\n      username\n      kind\n      siteTimeZone\n      requester {\n        name\n        shopName\n        shopUnit\n      }\n    }\n  }\n"): typeof import('./graphql').PortalViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    viewer {\n      requester {\n        id\n        kind\n        name\n        shopName\n        shopUnit\n        phone\n        preferredContactTime\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyContact($input: MyContactInput!) {\n    updateMyContact(input: $input) {\n      id\n      phone\n      preferredContactTime\n    }\n  }\n"): typeof import('./graphql').UpdateMyContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices($first: Int!) {\n    myNotices(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          from {\n            zh\n            en\n          }\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestDetail on MyRequest {\n    ...RequestSummary\n    location\n    preferredContactTime\n    relayedTo\n    version\n    canRate\n    resolution\n    followUp {\n      at\n      satisfaction\n      channel\n      reopened\n    }\n    photos {\n      id\n      url\n      contentType\n    }\n    timeline {\n      at\n      type\n      toStatus\n      department\n      departmentName {\n        zh\n        en\n      }\n      reply\n      stars\n      comment\n      reopened\n      supervisorNotified\n    }\n  }\n"): typeof import('./graphql').RequestDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestSummary on MyRequest {\n    id\n    number\n    kind\n    title\n    description\n    status\n    severity\n    promisedBy\n    overdue\n    resolvedAt\n    closedAt\n    receivedAt\n  }\n"): typeof import('./graphql').RequestSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateRequest($id: ID!, $version: Int!, $stars: Int!, $comment: String) {\n    rateRequest(id: $id, version: $version, stars: $stars, comment: $comment) {\n      ...RequestDetail\n    }\n  }\n"): typeof import('./graphql').RateRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($idempotencyKey: String!, $input: SubmitRequestInput!) {\n    submitRequest(idempotencyKey: $idempotencyKey, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadRequestPhoto($file: File!) {\n    uploadRequestPhoto(file: $file) {\n      id\n      url\n    }\n  }\n"): typeof import('./graphql').UploadRequestPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequest($id: ID!) {\n    myRequest(id: $id) {\n      ...RequestDetail\n    }\n  }\n"): typeof import('./graphql').MyRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($first: Int!, $after: String) {\n    myRequests(first: $first, after: $after) {\n      edges {\n        node {\n          ...RequestSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestUpdated($id: ID!) {\n    ticketUpdated(id: $id) {\n      request {\n        ...RequestDetail\n      }\n    }\n  }\n"): typeof import('./graphql').RequestUpdatedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
