import { Alert, Badge, Group, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../gql/graphql';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { SidewaysScroll } from '../../ui/components/SidewaysScroll';
import { useLocalized } from '../../ui/format/localized-text';
import { useFollowOrgChanges } from '../hooks/useFollowOrgChanges';
import { useOrgChart } from '../hooks/useOrgChart';
import { usePermissionMatrix } from '../hooks/usePermissionMatrix';
import { GrantCellEditor } from './GrantCellEditor';
import { groupActions, orderRows, reportingDepths } from '../utils/permission-matrix';

type Picked = { positionId: string; action: Action };

// The header rows and the position column stay put while the cells scroll under them.
const BODY = 'var(--mantine-color-body)';
const STICKY_HEAD: CSSProperties = { position: 'sticky', top: 0, zIndex: 2, background: BODY };
const STICKY_COLUMN: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: BODY,
  // Collapsed borders scroll away with the cells; a shadow marks the column's edge instead.
  boxShadow: 'inset -1px 0 0 var(--mantine-color-gray-4), 4px 0 6px -4px rgba(0, 0, 0, 0.2)',
};
// A long English title wraps onto a second line rather than widening the column the cells scroll under.
const TITLE_CELL: CSSProperties = { width: 'max-content', maxWidth: 190, wordBreak: 'keep-all' };
// Headers wrap between words only: a Chinese action name never splits mid-word.
const ACTION_HEADER: CSSProperties = { verticalAlign: 'bottom', wordBreak: 'keep-all', minWidth: 48 };

/** Positions × actions as the domain decides them; pick a cell to see why, and change it where the viewer may. */
export function PermissionMatrixView() {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const matrix = usePermissionMatrix();
  useFollowOrgChanges();
  const { chart } = useOrgChart();
  const [picked, setPicked] = useState<Picked | null>(null);
  if (matrix.loading) return <PageSkeleton rows={10} />;
  if (matrix.error) return <QueryErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const rows = orderRows(matrix.rows, reportingDepths(chart?.positions ?? []), (row) => localized(row.position.title));
  const groups = groupActions(matrix.rows[0]?.cells.map((c) => c.action) ?? []);
  const actions = groups.flatMap((g) => g.actions);
  const pickedRow = picked ? rows.find((r) => r.position.id === picked.positionId) : undefined;
  const pickedCell = pickedRow?.cells.find((c) => c.action === picked?.action);
  return (
    <>
      <PageHeader title={t('permissions.title')} description={t('permissions.description')} />
      {rows.length === 0 ? (
        <EmptyState title={t('permissions.empty')} description={t('permissions.emptyHint')} />
      ) : (
        <Stack gap="md">
          <div aria-live="polite">
            {pickedRow && pickedCell ? (
              <Alert color={pickedCell.allowed ? 'teal' : 'gray'} title={`${localized(pickedRow.position.title)} · ${t(`action.${pickedCell.action}`)}`}>
                <Text size="sm">
                  {pickedCell.allowed ? t('permissions.allowed') : t('permissions.denied')} — {t(`permissions.reason.${pickedCell.reason}`)}
                  {pickedCell.scope ? ` ${t('permissions.scopeIs', { scope: t(`permissions.scope.${pickedCell.scope}`) })}` : ''}
                  {pickedCell.source ? ` ${t(`permissions.source.${pickedCell.source}`)}` : ''}
                </Text>
                {pickedCell.choices ? (
                  <GrantCellEditor
                    key={`${pickedRow.position.id}/${pickedCell.action}/${pickedCell.positionScope ?? ''}`}
                    positionId={pickedRow.position.id}
                    action={pickedCell.action}
                    current={pickedCell.positionScope ?? null}
                    choices={pickedCell.choices}
                  />
                ) : null}
              </Alert>
            ) : (
              <Text size="sm" c="gray.7">
                {t('permissions.pickHint')}
              </Text>
            )}
          </div>
          <SidewaysScroll label={t('permissions.scrollLabel')} hint={t('permissions.scrollHint')} maxHeight="calc(100vh - 240px)">
            <Table withTableBorder withColumnBorders fz="xs" aria-label={t('permissions.title')} horizontalSpacing={6}>
              <Table.Thead style={STICKY_HEAD}>
                <Table.Tr>
                  <Table.Th rowSpan={2} scope="col" style={{ ...STICKY_COLUMN, verticalAlign: 'bottom' }} data-sticky-column>
                    {t('permissions.position')}
                  </Table.Th>
                  {groups.map((group) => (
                    <Table.Th key={group.context} colSpan={group.actions.length} scope="colgroup" ta="center" bg="gray.0">
                      {t(`permissions.group.${group.context}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  {actions.map((action) => (
                    <Table.Th key={action} scope="col" ta="center" style={ACTION_HEADER}>
                      {t(`action.${action}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.position.id}>
                    <Table.Th scope="row" fw={600} style={STICKY_COLUMN} data-sticky-column>
                      <div style={TITLE_CELL}>{localized(row.position.title)}</div>
                    </Table.Th>
                    {actions.map((action) => {
                      const cell = row.cells.find((c) => c.action === action);
                      if (!cell) return <Table.Td key={action} />;
                      const active = picked?.positionId === row.position.id && picked.action === cell.action;
                      return (
                        <Table.Td key={cell.action} ta="center" bg={active ? 'blue.1' : cell.allowed ? 'teal.0' : undefined} p={0} style={{ whiteSpace: 'nowrap' }}>
                          <UnstyledButton
                            w="100%"
                            px={4}
                            py={6}
                            onClick={() => setPicked({ positionId: row.position.id, action: cell.action })}
                            aria-pressed={active}
                          >
                            <VisuallyHidden>
                              {`${localized(row.position.title)} · ${t(`action.${cell.action}`)}: ${cell.allowed ? t('permissions.allowed') : t('permissions.denied')}`}
                            </VisuallyHidden>
                            {cell.allowed ? (
                              <Text span c="teal.9" fw={700} size="xs">
                                <span aria-hidden="true">✓</span>
                                {cell.scope && cell.scope !== 'any' ? ` ${t(`permissions.scopeShort.${cell.scope}`)}` : ''}
                              </Text>
                            ) : (
                              <Text span c="gray.7" size="xs" aria-hidden="true">
                                —
                              </Text>
                            )}
                          </UnstyledButton>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SidewaysScroll>
          <Group gap="md">
            {(['site', 'subordinates', 'own_queue', 'own'] as const).map((scope) => (
              <Group key={scope} gap={4}>
                <Badge size="sm" variant="light" color="teal">
                  ✓ {t(`permissions.scopeShort.${scope}`)}
                </Badge>
                <Text size="xs">{t(`permissions.scope.${scope}`)}</Text>
              </Group>
            ))}
          </Group>
        </Stack>
      )}
    </>
  );
}
