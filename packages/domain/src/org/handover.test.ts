import { describe, expect, it } from 'vitest';
import type { Staff } from './assignment.js';
import { ValidationError } from '../shared/validation.js';
import { handoverRefusal, handoverTarget } from './handover.js';
import { NOW, SITE_ID, STAFF, staffedChart } from './testing/staffed-chart.js';

const chart = staffedChart();
const person = (id: string, active = true): Staff => ({ id, siteId: SITE_ID, name: id, employeeNo: id, phone: null, active });
const positionOf = (code: string) => chart.positions.find((p) => p.code === code)!.id;
const leavingHall = { staffId: STAFF.hallClerk!.id, positionId: positionOf('hall_clerk') };

describe('who may take over a leaving holder’s open work', () => {
  it('a colleague of the same unit, or someone above the left position', () => {
    expect(handoverRefusal(chart, person(STAFF.hallClerk2!.id), leavingHall, NOW)).toBeNull();
    expect(handoverRefusal(chart, person(STAFF.archiveClerk!.id), leavingHall, NOW)).toBeNull();
    expect(handoverRefusal(chart, person(STAFF.merchantSupervisor!.id), leavingHall, NOW)).toBeNull();
    expect(handoverRefusal(chart, person(STAFF.director!.id), leavingHall, NOW)).toBeNull();
  });

  it('not the one leaving, not a deactivated person, not someone of another unit below or beside it', () => {
    expect(handoverRefusal(chart, person(STAFF.hallClerk!.id), leavingHall, NOW)).toBe('same_person');
    expect(handoverRefusal(chart, person(STAFF.hallClerk2!.id, false), leavingHall, NOW)).toBe('inactive');
    expect(handoverRefusal(chart, person(STAFF.floorClerk!.id), leavingHall, NOW)).toBe('outside_unit');
    expect(handoverRefusal(chart, person('s-nobody'), leavingHall, NOW)).toBe('outside_unit');
  });
});

describe('where the leaver’s work goes', () => {
  it('to a chosen person, back to the unit’s queue, or nowhere (it stays with them)', () => {
    expect(handoverTarget({ handOverTo: 's-2', returnWorkToQueue: false })).toEqual({ kind: 'person', staffId: 's-2' });
    expect(handoverTarget({ handOverTo: null, returnWorkToQueue: true })).toEqual({ kind: 'queue' });
    expect(handoverTarget({ handOverTo: null, returnWorkToQueue: false })).toBeNull();
  });

  it('not to both at once: a field error on the queue choice', () => {
    try {
      handoverTarget({ handOverTo: 's-2', returnWorkToQueue: true });
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues).toEqual([{ field: 'returnWorkToQueue', rule: 'handover_two_targets' }]);
    }
  });
});
