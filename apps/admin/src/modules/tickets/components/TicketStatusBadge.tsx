import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity, TicketStatus } from '../../../gql/graphql';

/** Dark shades only: white badge text keeps at least 4.5:1 on every one of them. */
const STATUS_COLORS: Record<TicketStatus, string> = {
  RECEIVED: 'blue.9',
  ASSIGNED: 'indigo.8',
  RELAYED: 'violet.8',
  IN_PROGRESS: 'cyan.9',
  RESOLVED: 'teal.9',
  FOLLOWED_UP: 'grape.9',
  CLOSED: 'gray.7',
  INVALID: 'gray.7',
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('tickets');
  return (
    <Badge color={STATUS_COLORS[status]} variant="filled" style={{ textTransform: 'none' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Important is a light fill with dark text: no orange is dark enough for white or outline text. */
const SEVERITY_COLORS: Record<Severity, { color: string; variant: 'filled' | 'outline' }> = {
  MAJOR: { color: 'red.9', variant: 'filled' },
  IMPORTANT: { color: 'orange.2', variant: 'filled' },
  MINOR: { color: 'gray.7', variant: 'outline' },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation('tickets');
  const tone = SEVERITY_COLORS[severity];
  return (
    <Badge color={tone.color} variant={tone.variant} autoContrast style={{ textTransform: 'none' }}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}
