import type { Unit } from '@kefu/domain/org';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../common/localized-text.js';

export const UnitRef = builder.objectRef<Unit>('Unit');

UnitRef.implement({
  description: 'A unit of the department: 客户服务部 and its service centres.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.field({ type: LocalizedTextRef, resolve: (unit) => unit.name }),
  }),
});
