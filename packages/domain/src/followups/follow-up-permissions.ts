import type { GrantScope } from '../org/grants.js';
import { scoped } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import { followUpFacts, type FollowUpResource } from './follow-up-resource.js';

const QUEUE_SCOPES = ['site', 'subordinates', 'own_queue', 'own'] as const;

/**
 * The followups context's actions: see the 回访 queue, record calls (failed or reached), and
 * decide after the last failed attempt (close unreached, or assign the call again).
 */
export const FOLLOW_UP_ACTIONS = {
  'followup.view': QUEUE_SCOPES,
  'followup.call': QUEUE_SCOPES,
  'followup.decide': ['site', 'subordinates'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type FollowUpAction = keyof typeof FOLLOW_UP_ACTIONS;

const CALLER = scoped('own_queue', ['followup.view', 'followup.call'] as const);
const OVERSEER = scoped('subordinates', ['followup.view', 'followup.decide'] as const);

/**
 * Who works the 回访 queue (seed 002). Requesters see nothing of it: their ticket's timeline
 * shows the reached call's answer only (the tickets context's followed_up event).
 */
export const followUpPermissions: PermissionContext<FollowUpAction, FollowUpResource> = {
  name: 'followups',
  actions: FOLLOW_UP_ACTIONS,
  baseline: [],
  grants: {
    // Seed 002, director: "4. 督导相关人员对意见客户、商户的定时回访并建立和分析投诉档案".
    director: scoped('site', ['followup.view', 'followup.decide'] as const),
    // Seed 002, deputy: "3. 协助客服部经理督导进行意见客户、商户的定时回访".
    deputy: OVERSEER,
    // Seed 002, merchant supervisor: "协助本部门前台及服务大厅服务人员对…投诉的正确受理及传达跟踪反馈回访工作".
    merchant_supervisor: [...OVERSEER, ...scoped('subordinates', ['followup.call'] as const)],
    // The floor supervisor oversees the floor clerks who call (团队管理); the product's own reading.
    floor_supervisor: OVERSEER,
    // Seed 002, office clerk: "15. 受理、反馈、跟踪、回访客户投诉"; KPI "客户意见定时回访率".
    office_clerk: CALLER,
    // Seed 002, hall clerk: "13. 定期、不定期的电话回访监督工作…并作好回访信息的登记、统计、分析、反馈工作".
    hall_clerk: CALLER,
    // Seed 002, floor clerk: the same duty 13 and KPI 客户意见定时回访率.
    floor_clerk: CALLER,
    archive_clerk: [],
    cart_captain: [],
    cart_driver: [],
  },
  requesterGrants: [],
  records: { type: 'follow_up', facts: followUpFacts, view: 'followup.view' },
};
