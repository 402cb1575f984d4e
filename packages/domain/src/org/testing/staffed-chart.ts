import { buildChartFromCatalogue, type AssignmentSeed } from '../build-chart-from-catalogue.js';
import type { OrgChart } from '../org-chart.js';
import type { PositionCode } from '../position.js';

export const SITE_ID = 'site-a';
export const SINCE = new Date('2024-01-01T00:00:00+08:00');
export const NOW = new Date('2025-06-01T10:00:00+08:00');

/** Staff ids in the fully staffed example chart, by what they do. */
export const STAFF: Record<string, { id: string; position: PositionCode }> = {
  director: { id: 's-director', position: 'director' },
  deputy: { id: 's-deputy', position: 'deputy' },
  merchantSupervisor: { id: 's-merchant-sup', position: 'merchant_supervisor' },
  floorSupervisor: { id: 's-floor-sup', position: 'floor_supervisor' },
  officeClerk: { id: 's-office', position: 'office_clerk' },
  archiveClerk: { id: 's-archive', position: 'archive_clerk' },
  hallClerk: { id: 's-hall', position: 'hall_clerk' },
  hallClerk2: { id: 's-hall-2', position: 'hall_clerk' },
  floorClerk: { id: 's-floor', position: 'floor_clerk' },
  cartCaptain: { id: 's-captain', position: 'cart_captain' },
  cartDriver: { id: 's-driver', position: 'cart_driver' },
};

/** The catalogue with one person in each listed role since 2024, for tests. */
export const staffedChart = (extra: AssignmentSeed[] = []): OrgChart =>
  buildChartFromCatalogue(SITE_ID, [...Object.values(STAFF).map((s) => ({ staffId: s.id, position: s.position, startsOn: SINCE })), ...extra]);
