import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ScheduledOrgChangeKind } from '../../../gql/graphql';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useLocalized, type LocalizedTextValue } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';
import { useCancelScheduledOrgChange } from '../hooks/useCancelScheduledOrgChange';

type ScheduledChange = {
  kind: ScheduledOrgChangeKind;
  effectiveOn: string;
  action?: Action | null;
  scope?: string | null;
  reportsTo: readonly { id: string; title: LocalizedTextValue }[];
};
type Props = {
  positionId: string;
  changes: readonly ScheduledChange[];
  /** Whether the viewer may withdraw a scheduled reporting line / grant (the gateway checks again). */
  canCancelLines: boolean;
  canCancelGrants: boolean;
};

/**
 * The position's changes scheduled for a later day ("2026-12-08 起生效"), each with a button to
 * withdraw it for those who may make that change. Nothing is shown when none is pending.
 */
export function ScheduledChangesList({ positionId, changes, canCancelLines, canCancelGrants }: Props) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const format = useFormatters();
  const notify = useNotify();
  const { cancelScheduledOrgChange, loading } = useCancelScheduledOrgChange();
  const [failure, setFailure] = useState<string | null>(null);
  if (changes.length === 0) return null;
  const cancel = async (change: ScheduledChange) => {
    setFailure(null);
    try {
      await cancelScheduledOrgChange(positionId, change.kind === 'GRANT' ? (change.action ?? null) : null);
      notify.success(t('scheduled.cancelled'));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <Stack gap={6} aria-label={t('scheduled.title')} role="region">
      <Text size="sm" fw={600}>
        {t('scheduled.title')}
      </Text>
      {failure ? <Alert color="red">{failure}</Alert> : null}
      {changes.map((change) => {
        const day = format.localDate(change.effectiveOn);
        const what =
          change.kind === 'REPORTING_LINE'
            ? change.reportsTo.length > 0
              ? t('scheduled.reportsTo', { positions: change.reportsTo.map((p) => localized(p.title)).join('、') })
              : t('scheduled.reportsToNone')
            : t('scheduled.grant', {
                action: change.action ? t(`action.${change.action}`) : '',
                scope: change.scope ? t(`permissions.scope.${change.scope}`) : t('permissions.edit.none'),
              });
        const mayCancel = change.kind === 'REPORTING_LINE' ? canCancelLines : canCancelGrants;
        return (
          <Group key={`${change.kind}-${change.action ?? ''}`} justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
              <Text span fw={600}>
                {t('scheduled.effectiveFrom', { day })}
              </Text>
              {' '}
              {what}
            </Text>
            {mayCancel ? (
              <Button size="compact-xs" variant="subtle" color="red" style={{ flexShrink: 0 }} loading={loading} onClick={() => void cancel(change)} aria-label={t('scheduled.cancelLabel', { day, what })}>
                {t('scheduled.cancel')}
              </Button>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}
