import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '../../../gql/graphql';
import { useNow } from '../hooks/useNow';
import { useFormatters } from '../../ui/format/useFormatters';
import { slaBadgeTone } from '../utils/sla-badge';

type Props = { state: SlaState; dueAt: string | null };

/** The deadline that matters now as a countdown; the gateway's SLA state decides the colour. */
export function SlaBadge({ state, dueAt }: Props) {
  const { t } = useTranslation('tickets');
  const now = useNow();
  const time = useFormatters();
  const tone = slaBadgeTone(state);
  const stateLabel = t(`sla.state.${state}`);

  if (!dueAt || state === 'MET') {
    return (
      <Badge color={tone.color} variant={tone.variant} autoContrast data-sla={state}>
        {t('sla.noDeadline')}
      </Badge>
    );
  }
  const past = new Date(dueAt).getTime() < now.getTime();
  const countdown = t(past ? 'sla.overdueSince' : 'sla.dueIn', { time: time.relative(dueAt, now) });
  return (
    <Tooltip label={`${stateLabel} · ${time.dateTime(dueAt)}`} withArrow>
      <Badge color={tone.color} variant={tone.variant} autoContrast data-sla={state} style={{ textTransform: 'none' }}>
        <VisuallyHidden>{stateLabel}: </VisuallyHidden>
        {countdown}
      </Badge>
    </Tooltip>
  );
}
