import type { LocalizedText } from '@kefu/domain/shared';
import type { Site } from '@kefu/domain/sites';

export type SiteRow = { id: string; code: string; name: LocalizedText; time_zone: string };

export const siteMapper = {
  toDomain: (row: SiteRow): Site => ({ id: row.id, code: row.code, name: row.name, timeZone: row.time_zone }),
  toRow: (site: Site): SiteRow => ({ id: site.id, code: site.code, name: site.name, time_zone: site.timeZone }),
};
