import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../gql/graphql';

const COLOR: Record<KpiStatus, string> = { GREEN: 'green', AMBER: 'yellow', RED: 'red', NO_TARGET: 'gray', NO_DATA: 'gray' };

/** Red, amber or green against the target, in words as well as colour. */
export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation('kpi');
  return (
    <Badge color={COLOR[status]} variant={status === 'NO_DATA' || status === 'NO_TARGET' ? 'outline' : 'filled'} c={status === 'AMBER' ? 'dark' : undefined}>
      {t(`status.${status}`)}
    </Badge>
  );
}
