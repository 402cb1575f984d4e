import { describe, expect, it } from 'vitest';
import { requesterView } from './ticket-timeline.js';

describe('requesterView', () => {
  it('hides internal events', () => {
    expect(requesterView({ visibleToRequester: false, data: { reason: 'x' } })).toBeNull();
  });

  it('strips staff-only facts from visible ones', () => {
    const event = { type: 'relayed', visibleToRequester: true, data: { department: 'engineering', internal: { note: 'n' } } };
    expect(requesterView(event)).toEqual({ type: 'relayed', visibleToRequester: true, data: { department: 'engineering' } });
    expect(event.data.internal).toEqual({ note: 'n' });
  });
});
