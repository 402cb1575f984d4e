// The schema: each bounded context registers its own types, queries and mutations.
import { builder } from '../builder.js';
import './auth/viewer.js';
import './auth/session.mutations.js';
import './org/org.queries.js';
import './org/assignment.js';
import './org/org.mutations.js';
import './tickets/ticket.queries.js';
import './tickets/ticket.mutations.js';
import './tickets/ticket.subscriptions.js';
import './tickets/request.queries.js';
import './tickets/request.mutations.js';
import './tickets/photo.js';
import './requesters/requester.queries.js';
import './requesters/requester.mutations.js';
import './org/org.subscriptions.js';

export const schema = builder.toSchema();
