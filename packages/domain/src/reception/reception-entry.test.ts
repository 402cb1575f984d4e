import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { checkOutcome, checkReceive, checkReceptionEntry, checkTurnIntoTicket, type ReceptionEntry } from './reception-entry.js';

const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00+08:00`);
const NOW = at('11:00');

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

const entry = (over: Partial<ReceptionEntry> = {}): ReceptionEntry => ({
  id: 'e1',
  siteId: 'site-1',
  channel: 'walk_in',
  category: 'consultation',
  requesterId: null,
  summary: '问路',
  arrivedAt: at('10:00'),
  receivedAt: at('10:04'),
  receivedById: 's1',
  outcome: null,
  ticketId: null,
  registeredById: 's1',
  registeredAt: at('10:04'),
  ...over,
});

describe('a reception entry', () => {
  it('stores a walk-in, anonymous, received and answered on the spot', () => {
    expect(
      checkReceptionEntry(
        { channel: 'walk_in', category: 'consultation', requesterId: ' ', summary: '  停车场在哪里 ', arrivedAt: at('10:00'), receivedAt: at('10:04'), outcome: 'answered' },
        NOW,
      ),
    ).toEqual({ channel: 'walk_in', category: 'consultation', requesterId: null, summary: '停车场在哪里', arrivedAt: at('10:00'), receivedAt: at('10:04'), outcome: 'answered' });
  });

  it('stores a visitor still waiting, with no outcome', () => {
    expect(checkReceptionEntry({ channel: 'walk_in', category: 'repair', summary: '漏水', arrivedAt: at('10:58') }, NOW)).toMatchObject({ receivedAt: null, outcome: null });
  });

  it('refuses times in the future and a reception before the arrival, naming every field', () => {
    expect(issuesOf(() => checkReceptionEntry({ channel: 'walk_in', category: 'other', summary: 'x', arrivedAt: at('11:01'), receivedAt: at('11:02') }, NOW))).toEqual([
      { field: 'arrivedAt', rule: 'in_future' },
      { field: 'receivedAt', rule: 'in_future' },
    ]);
    expect(issuesOf(() => checkReceptionEntry({ channel: 'phone', category: 'other', summary: 'x', arrivedAt: at('10:30'), receivedAt: at('10:29') }, NOW))).toEqual([
      { field: 'receivedAt', rule: 'before_start' },
    ]);
  });

  it('refuses unknown choices, an empty summary and an outcome for someone not yet received', () => {
    expect(issuesOf(() => checkReceptionEntry({ channel: 'fax', category: 'gossip', summary: ' ', arrivedAt: at('10:00'), outcome: 'answered' }, NOW))).toEqual([
      { field: 'channel', rule: 'invalid_choice' },
      { field: 'category', rule: 'invalid_choice' },
      { field: 'summary', rule: 'required' },
      { field: 'receivedAt', rule: 'required' },
    ]);
    expect(issuesOf(() => checkReceptionEntry({ channel: 'phone', category: 'other', summary: 'x', arrivedAt: at('10:00'), receivedAt: at('10:00'), outcome: 'ticket' }, NOW))).toEqual([
      { field: 'outcome', rule: 'invalid_choice' },
    ]);
  });

  it('receives a waiting visitor once, not before arrival nor in the future', () => {
    const waiting = entry({ receivedAt: null, receivedById: null });
    expect(() => checkReceive(waiting, at('10:05'), NOW)).not.toThrow();
    expect(issuesOf(() => checkReceive(waiting, at('09:59'), NOW))).toEqual([{ field: 'receivedAt', rule: 'before_start' }]);
    expect(issuesOf(() => checkReceive(waiting, at('11:05'), NOW))).toEqual([{ field: 'receivedAt', rule: 'in_future' }]);
    expect(issuesOf(() => checkReceive(entry(), at('10:05'), NOW))).toEqual([{ field: 'receivedAt', rule: 'invalid_choice' }]);
  });

  it('records an outcome on a received contact that is not already a ticket', () => {
    expect(checkOutcome(entry(), 'relayed')).toBe('relayed');
    expect(issuesOf(() => checkOutcome(entry({ receivedAt: null }), 'answered'))).toEqual([{ field: 'receivedAt', rule: 'required' }]);
    expect(issuesOf(() => checkOutcome(entry({ outcome: 'ticket', ticketId: 't1' }), 'answered'))).toEqual([{ field: 'outcome', rule: 'invalid_choice' }]);
  });

  it('turns a received contact into a ticket only once', () => {
    expect(() => checkTurnIntoTicket(entry())).not.toThrow();
    expect(issuesOf(() => checkTurnIntoTicket(entry({ outcome: 'ticket', ticketId: 't1' })))).toEqual([{ field: 'id', rule: 'invalid_choice' }]);
    expect(issuesOf(() => checkTurnIntoTicket(entry({ receivedAt: null })))).toEqual([{ field: 'receivedAt', rule: 'required' }]);
  });
});

describe('the ticket a contact becomes', () => {
  it('is of a ticket kind for every category', async () => {
    const { TICKET_KIND_OF_CATEGORY, RECEPTION_CATEGORIES } = await import('./reception-entry.js');
    const { TICKET_KINDS } = await import('../tickets/ticket.js');
    for (const category of RECEPTION_CATEGORIES) expect(TICKET_KINDS).toContain(TICKET_KIND_OF_CATEGORY[category]);
    expect(TICKET_KIND_OF_CATEGORY.repair).toBe('repair');
  });
});
