import type { Unit } from '@kefu/domain/org';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../common/localized-text.js';

export const UnitRef = builder.objectRef<Unit>('Unit');

UnitRef.implement({
  description: 'A unit of the department: 客户服务部 and its service centres. Needs `org.view`.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The unit’s id, as filters and CreateTicketInput.unitId take it.' }),
    code: t.exposeString('code', { description: 'Stable code: department, merchant_service (商户服务部), floor_service (卖场客户服务中心) or shuttle_team (导购车辆队).' }),
    name: t.field({ type: LocalizedTextRef, description: 'The unit’s name.', resolve: (unit) => unit.name }),
  }),
});
