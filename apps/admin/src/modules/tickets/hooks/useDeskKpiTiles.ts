import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { kpisOfPosition } from '@kefu/domain/kpi';
import { useViewer } from '../../auth/hooks/useViewer';
import type { KpiSubjectInput } from '../../../gql/graphql';
import { DeskKpiStartQuery } from '../graphql/queries/desk-kpi-start.query';
import { DeskKpiTilesQuery } from '../graphql/queries/desk-kpi-tiles.query';

/** How many of the catalogue's KPIs the desk shows: the viewer's positions' own first, in the catalogue's order. */
export const DESK_KPI_TILES = 4;

/**
 * The desk's KPI tiles, from the same catalogue and figures as the KPI page (this month, the site's
 * for whoever reads the site, else the viewer's own). Nothing for a viewer without `kpi.view`.
 */
export function useDeskKpiTiles() {
  const { can, viewer } = useViewer();
  const allowed = can('KPI_VIEW');
  const start = useQuery(DeskKpiStartQuery, { skip: !allowed }).data?.kpiStartingPoints;
  const subject: KpiSubjectInput | null = start ? (start.site ? { kind: 'SITE' } : start.staffId ? { kind: 'STAFF', id: start.staffId } : null) : null;
  const { data } = useQuery(DeskKpiTilesQuery, { variables: { subject: subject ?? { kind: 'SITE' } }, skip: subject === null, fetchPolicy: 'cache-and-network' });
  // The KPIs seed 002 names for the viewer's positions come first: a director sees 部门投诉率 before a deputy's KPI.
  const own = useMemo(() => new Set((viewer?.positions ?? []).flatMap((p) => kpisOfPosition(p.code).map((k) => k.code.toUpperCase()))), [viewer]);
  const figures = useMemo(() => {
    const all = data?.kpiScorecard.figures;
    if (!all) return null;
    return [...all.filter((f) => own.has(f.kpi.code)), ...all.filter((f) => !own.has(f.kpi.code))].slice(0, DESK_KPI_TILES);
  }, [data, own]);
  return { shown: allowed && subject !== null, figures };
}
