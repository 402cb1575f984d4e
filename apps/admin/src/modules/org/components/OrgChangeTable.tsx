import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgChangeFieldsFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';
import { useOrgChart } from '../hooks/useOrgChart';
import { auditFieldKey, formatAuditValue, type AuditValueWords } from '../utils/org-change-values';
import { KEYBOARD_SCROLL } from './keyboard-scroll';

/** The record id inside a Relay global id (base64 of `Type:id`), or null when it is not one. */
const globalIdOf = (id: string): string | null => {
  try {
    const decoded = atob(id);
    return decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : null;
  } catch {
    return null;
  }
};

type Props = {
  changes: readonly OrgChangeFieldsFragment[];
  caption: string;
  /** The trail of the whole site names each entry's position; a position's own history does not. */
  showPosition: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
};

/** Org changes, newest first: when, who, what kind, and each field before → after. */
export function OrgChangeTable({ changes, caption, showPosition, hasMore, onLoadMore }: Props) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const format = useFormatters();
  const { chart } = useOrgChart();
  const words: AuditValueWords = {
    localized,
    positionTitle: (id) => {
      // The trail keeps storage ids; the chart names positions by their global ids.
      const found = chart?.positions.find((p) => p.id === id || globalIdOf(p.id) === id);
      return found ? localized(found.title) : null;
    },
    unitName: (id) => {
      const found = chart?.units.find((u) => u.id === id);
      return found ? localized(found.name) : null;
    },
    scope: (scope) => t(`permissions.scope.${scope}`),
    yes: t('audit.yes'),
    no: t('audit.no'),
    items: (count) => t('audit.items', { count }),
  };
  if (changes.length === 0) return <Text size="sm" c="gray.7">{t('audit.empty')}</Text>;
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={720} scrollAreaProps={KEYBOARD_SCROLL}>
        <Table withTableBorder verticalSpacing={6} fz="sm">
          <caption>{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.when')}</Table.Th>
              <Table.Th scope="col">{t('audit.who')}</Table.Th>
              {showPosition ? <Table.Th scope="col">{t('audit.position')}</Table.Th> : null}
              <Table.Th scope="col">{t('audit.what')}</Table.Th>
              <Table.Th scope="col">{t('audit.beforeAfter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c) => (
              <Table.Tr key={c.id} style={{ verticalAlign: 'top' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(c.at)}</Table.Td>
                <Table.Td>{c.actor?.name ?? '—'}</Table.Td>
                {showPosition ? (
                  <Table.Td>
                    {c.position ? (
                      <Anchor component={Link} to={`/org/positions/${encodeURIComponent(c.position.id)}`}>
                        {localized(c.positionTitle)}
                      </Anchor>
                    ) : (
                      localized(c.positionTitle)
                    )}
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Badge variant="light" color="gray" radius="sm">
                    {t(`audit.kind.${c.kind}`)}
                  </Badge>
                  {c.staff ? <Text size="sm">{c.staff.name}</Text> : null}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {c.changes.map((f) => (
                      <Text key={f.field} size="sm">
                        <Text span fw={600}>
                          {t(auditFieldKey(f.field), { defaultValue: f.field })}
                        </Text>
                        {'：'}
                        {formatAuditValue(f.field, f.before, words)} → {formatAuditValue(f.field, f.after, words)}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasMore ? (
        <Button size="compact-sm" variant="subtle" onClick={onLoadMore} style={{ alignSelf: 'flex-start' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
