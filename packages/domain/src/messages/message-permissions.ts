import { scoped, type GrantScope } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import { messageFacts, type MessageResource } from './message-resource.js';

/** The messages context's actions (留言). */
export const MESSAGE_ACTIONS = {
  'message.take': ['any'],
  'message.view': ['site', 'subordinates', 'own_queue'],
  'message.acknowledge': ['own_queue'],
  'message.configure': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type MessageAction = keyof typeof MESSAGE_ACTIONS;

const TAKE = scoped('any', ['message.take'] as const);
const SUPERVISE = scoped('subordinates', ['message.view'] as const);

/**
 * Who takes and reads messages. Everyone in a position receives messages for themself and their
 * unit and acknowledges them; the front line takes them; supervisors see those for the people
 * and units below them (and, past the site's time, unacknowledged ones their clerks took).
 */
export const messagePermissions: PermissionContext<MessageAction, MessageResource> = {
  name: 'messages',
  actions: MESSAGE_ACTIONS,
  baseline: [
    { action: 'message.view', scope: 'own_queue' },
    { action: 'message.acknowledge', scope: 'own_queue' },
  ],
  grants: {
    // Seed 002, director: "督导公司电话总机的接听、转接、留言记录等服务工作".
    director: [...scoped('site', ['message.view'] as const), ...scoped('any', ['message.configure'] as const), ...TAKE],
    deputy: [...SUPERVISE, ...scoped('any', ['message.configure'] as const), ...TAKE],
    merchant_supervisor: [...SUPERVISE, ...TAKE],
    floor_supervisor: [...SUPERVISE, ...TAKE],
    // Seed 002, office clerk: "接听并转接集团电话"; hall and floor clerks: "接听电话及转接,信息的传达".
    office_clerk: TAKE,
    hall_clerk: TAKE,
    floor_clerk: TAKE,
    archive_clerk: [],
    cart_captain: [],
    cart_driver: [],
  },
  // Messages are the department's internal notes (product rule).
  requesterGrants: [],
  records: { type: 'message', facts: messageFacts, view: 'message.view' },
};
