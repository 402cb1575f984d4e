import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelayFieldsFragment } from '../../../gql/graphql';

const COLOR = { PENDING: 'yellow', ACCEPTED: 'blue', RETURNED: 'gray', REPLIED: 'green' } as const;

export function RelayStatusBadge({ relay }: { relay: Pick<RelayFieldsFragment, 'status' | 'overdue' | 'returnReason'> }) {
  const { t } = useTranslation('relays');
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLOR[relay.status]} variant="light">
        {t(`status.${relay.status}`)}
      </Badge>
      {relay.overdue && (
        <Badge color="red" variant="filled">
          {t('overdue')}
        </Badge>
      )}
      {relay.returnReason === 'NOT_OURS' && (
        <Badge color="red" variant="outline">
          {t('returnReason.NOT_OURS')}
        </Badge>
      )}
    </Group>
  );
}
