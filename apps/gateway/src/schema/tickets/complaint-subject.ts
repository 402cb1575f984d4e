import type { Position, Unit } from '@kefu/domain/org';
import { COMPLAINT_SUBJECT_KINDS, type ComplaintSubject, type ComplaintSubjectInput as DomainSubjectInput } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { useCaseContext } from '../common/use-case-context.js';
import { PositionRef } from '../org/position.js';
import { StaffRef } from '../org/staff.js';
import { UnitRef } from '../org/unit.js';
import { setTicketSubject } from '../../use-cases/tickets/set-ticket-subject.js';
import { PeerDepartmentEnum } from './ticket-enums.js';
import { TicketRef } from './ticket.js';

export const ComplaintSubjectKindEnum = domainEnum('ComplaintSubjectKind', COMPLAINT_SUBJECT_KINDS, 'What a complaint is about (被投诉人及被投诉部门).', {
  staff: 'A member of staff (被投诉人).',
  position: 'A position, whoever holds it.',
  unit: 'One of the department’s units (a service centre, the cart team).',
  department: 'Another department (被投诉部门), such as logistics or engineering.',
});

const ComplaintSubjectRef = builder.objectRef<ComplaintSubject>('ComplaintSubject').implement({
  description: 'Who a complaint is about (被投诉人及被投诉部门); exactly the field of its kind is set (staff only).',
  authScopes: { staff: true },
  fields: (t) => ({
    kind: t.field({ type: ComplaintSubjectKindEnum, description: 'Which of the fields below names the subject.', resolve: (s) => s.kind }),
    staff: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The member of staff complained about; null for other kinds.',
      resolve: (s, _args, ctx) => (s.kind === 'staff' ? signedInStaff(ctx).loaders.staff.load(s.staffId) : null),
    }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      description: 'The position complained about; null for other kinds.',
      resolve: async (s, _args, ctx): Promise<Position | null> =>
        s.kind === 'position' ? ((await ctx.access()).chart?.positions.find((p) => p.id === s.positionId) ?? null) : null,
    }),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      description: 'The unit complained about; null for other kinds.',
      resolve: async (s, _args, ctx): Promise<Unit | null> =>
        s.kind === 'unit' ? ((await ctx.access()).chart?.units.find((u) => u.code === s.unitCode) ?? null) : null,
    }),
    department: t.field({
      type: PeerDepartmentEnum,
      nullable: true,
      description: 'The other department complained about; null for other kinds.',
      resolve: (s) => (s.kind === 'department' ? s.department : null),
    }),
  }),
});

export const ComplaintSubjectInput = builder.inputType('ComplaintSubjectInput', {
  description: 'Who a complaint is about: the kind and the one field it needs. A reference that is not the site’s is a field error (subject.<field>).',
  fields: (t) => ({
    kind: t.field({ type: ComplaintSubjectKindEnum, required: true, description: 'Which field names the subject.' }),
    staffId: t.globalID({ for: StaffRef, description: 'STAFF: the member of staff (a Staff global id).' }),
    positionId: t.globalID({ for: PositionRef, description: 'POSITION: the position (a Position global id).' }),
    unitCode: t.string({ description: 'UNIT: the unit’s code (merchant_service, floor_service, shuttle_team, department).' }),
    department: t.field({ type: PeerDepartmentEnum, description: 'DEPARTMENT: the other department.' }),
  }),
});

type SubjectArg = { kind: string; staffId?: { id: string } | null; positionId?: { id: string } | null; unitCode?: string | null; department?: string | null };

/** The API's subject as the domain checks it. */
export const toSubjectInput = (arg: SubjectArg | null | undefined): DomainSubjectInput | null =>
  arg ? { kind: arg.kind, staffId: arg.staffId?.id ?? null, positionId: arg.positionId?.id ?? null, unitCode: arg.unitCode ?? null, department: arg.department ?? null } : null;

builder.objectField(TicketRef, 'subject', (t) =>
  t.field({
    type: ComplaintSubjectRef,
    nullable: true,
    description: 'Complaints: who it is about (被投诉人及被投诉部门); their supervisors see the ticket. Null while not recorded and for other kinds.',
    resolve: (ticket) => ticket.subject,
  }),
);

builder.mutationField('setTicketSubject', (t) =>
  t.field({
    type: TicketRef,
    description:
      'Records or corrects who a complaint is about (被投诉人及被投诉部门); null clears it. Recorded in the timeline (staff only). Needs `ticket.setSubject` over the ticket (staff only).',
    authScopes: { staff: true },
    args: {
      id: t.arg.globalID({ for: TicketRef, required: true, description: 'The ticket’s global id; one the viewer may not see is NOT_FOUND.' }),
      version: t.arg.int({ required: true, description: 'The version the client last read; a stale one is refused with CONFLICT.' }),
      subject: t.arg({ type: ComplaintSubjectInput, description: 'The subject; null or absent clears it.' }),
    },
    resolve: (_root, args, ctx) =>
      setTicketSubject(useCaseContext(ctx), { ticketId: args.id.id, expectedVersion: args.version }, toSubjectInput(args.subject)),
  }),
);
