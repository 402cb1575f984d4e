import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { internalNote, NOTE_MAX } from './ticket-note.js';
import { requesterView } from './ticket-timeline.js';

describe('internalNote', () => {
  const ticket = { id: 't-1', siteId: 's-1', status: 'in_progress' as const };
  const now = new Date('2026-03-10T01:00:00Z');

  it('is a staff-only timeline entry that changes nothing on the ticket', () => {
    const event = internalNote(ticket, ' 商户情绪激动，已联系主管 ', { now, staffId: 'staff-1' });
    expect(event).toMatchObject({ type: 'commented', actorKind: 'staff', actorId: 'staff-1', fromStatus: 'in_progress', toStatus: 'in_progress', visibleToRequester: false });
    expect(event.data).toEqual({ internal: { note: '商户情绪激动，已联系主管' } });
    expect(requesterView(event)).toBeNull();
  });

  it('refuses an empty or too long note', () => {
    expect(() => internalNote(ticket, '   ', { now, staffId: 'staff-1' })).toThrow(ValidationError);
    expect(() => internalNote(ticket, 'x'.repeat(NOTE_MAX + 1), { now, staffId: 'staff-1' })).toThrow(ValidationError);
  });
});
