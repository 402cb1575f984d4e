import type { RequesterFileInput } from '@kefu/domain/requesters';
import { builder } from '../../builder.js';
import { MerchantStatusEnum, RequesterKindEnum } from './requester.js';

const RequesterContactInput = builder.inputType('RequesterContactInput', {
  description: 'Someone to call about a merchant or owner.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Their name (at most 40 characters).' }),
    role: t.string({ description: 'Their role (at most 20 characters).' }),
    phone: t.string({ description: 'A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321).' }),
  }),
});

export const RequesterInput = builder.inputType('RequesterInput', {
  description:
    'A requester’s whole file. Merchants need a shop name and a unit, owners a name and a unit; a customer may leave everything empty (an anonymous walk-in). Fields a kind does not have are ignored.',
  fields: (t) => ({
    kind: t.field({ type: RequesterKindEnum, required: true, description: 'Merchant, owner or customer.' }),
    name: t.string({ description: 'The person’s name (at most 40 characters).' }),
    phone: t.string({ description: 'A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321); unique on the site.' }),
    shopName: t.string({ description: 'Merchants: the shop’s name (at most 60 characters).' }),
    units: t.stringList({ description: 'Merchants and owners: their units (A1-018); a unit held by another active file of the same kind is a CONFLICT.' }),
    businessCategory: t.string({ description: 'Merchants: what the shop sells (at most 40 characters).' }),
    contractStartsOn: t.field({ type: 'LocalDate', description: 'Merchants: the first day of the lease contract.' }),
    contractEndsOn: t.field({ type: 'LocalDate', description: 'Merchants: the last day of the lease contract, not before its first.' }),
    contacts: t.field({ type: [RequesterContactInput], description: 'Merchants and owners: people to call (at most 10).' }),
    status: t.field({ type: MerchantStatusEnum, description: 'Merchants: open (the default), closing or left.' }),
  }),
});

type RequesterInputShape = typeof RequesterInput.$inferInput;

const day = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
export const toFileInput = (input: RequesterInputShape): RequesterFileInput => ({
  ...input,
  contractStartsOn: day(input.contractStartsOn),
  contractEndsOn: day(input.contractEndsOn),
  contacts: input.contacts?.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? null })) ?? null,
});
