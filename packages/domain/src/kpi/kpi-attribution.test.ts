import { describe, expect, it } from 'vitest';
import type { Assignment } from '../org/assignment.js';
import { attributedPosition, complaintCountsFor, decidingHolder, followUpCountsFor } from './kpi-attribution.js';

const assignment = (id: string, positionId: string, startsOn: string, endsOn: string | null, acting = false): Assignment => ({
  id,
  siteId: 'site-a',
  staffId: 's-1',
  positionId,
  startsOn: new Date(`${startsOn}T00:00:00Z`),
  endsOn: endsOn ? new Date(`${endsOn}T00:00:00Z`) : null,
  acting,
});

describe('attribution', () => {
  const held = [assignment('a1', 'hall_clerk', '2025-01-01', null), assignment('a2', 'merchant_supervisor', '2025-03-10', '2025-03-17', true)];

  it('counts an acting holder for the position acted in, for the days acted only', () => {
    expect(attributedPosition(held, 's-1', '2025-03-09')).toBe('hall_clerk');
    expect(attributedPosition(held, 's-1', '2025-03-10')).toBe('merchant_supervisor');
    expect(attributedPosition(held, 's-1', '2025-03-16')).toBe('merchant_supervisor');
    expect(attributedPosition(held, 's-1', '2025-03-17')).toBe('hall_clerk');
  });

  it('counts nobody’s position before the first day held or for someone else', () => {
    expect(attributedPosition(held, 's-1', '2024-12-31')).toBeNull();
    expect(attributedPosition(held, 's-2', '2025-03-10')).toBeNull();
  });

  it('counts a reassigned ticket for the holder at the deciding event, else for whoever decided', () => {
    expect(decidingHolder({ assigneeAtDecision: 's-last', decidedById: 's-supervisor' })).toBe('s-last');
    expect(decidingHolder({ assigneeAtDecision: null, decidedById: 's-supervisor' })).toBe('s-supervisor');
  });

  it('counts a complaint about a person for that person, and one about no person for nobody', () => {
    expect(complaintCountsFor({ subjectStaffId: 's-subject' })).toBe('s-subject');
    expect(complaintCountsFor({ subjectStaffId: null })).toBeNull();
  });

  it('counts a follow-up for its caller, and one nobody has taken for nobody', () => {
    expect(followUpCountsFor({ callerId: 's-caller' })).toBe('s-caller');
    expect(followUpCountsFor({ callerId: null })).toBeNull();
  });
});
