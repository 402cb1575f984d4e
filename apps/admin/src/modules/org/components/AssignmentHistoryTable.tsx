import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentFieldsFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';
import { KEYBOARD_SCROLL } from './keyboard-scroll';

type Props = { assignments: readonly AssignmentFieldsFragment[]; show: 'staff' | 'position'; caption: string };

/** Assignments newest first: who (or which position), from, until, acting or not. */
export function AssignmentHistoryTable({ assignments, show, caption }: Props) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const format = useFormatters();
  if (assignments.length === 0) return <Text size="sm">{t('history.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420} scrollAreaProps={KEYBOARD_SCROLL}>
      <Table striped withTableBorder verticalSpacing={6} fz="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{show === 'staff' ? t('history.staff') : t('history.position')}</Table.Th>
            <Table.Th scope="col">{t('history.startsOn')}</Table.Th>
            <Table.Th scope="col">{t('history.endsOn')}</Table.Th>
            <Table.Th scope="col">{t('history.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assignments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                {show === 'staff' ? `${a.staff.name}（${a.staff.employeeNo}）` : localized(a.position.title)}
                {a.acting ? (
                  <Badge size="xs" color="grape" variant="light" ml={6}>
                    {t('holders.acting')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{format.localDate(a.startsOn)}</Table.Td>
              <Table.Td>{a.endsOn ? format.localDate(a.endsOn) : '—'}</Table.Td>
              <Table.Td>
                {a.current ? (
                  <Badge size="sm" color="teal" variant="light">
                    {t('history.current')}
                  </Badge>
                ) : (
                  <Text size="xs" c="gray.7">
                    {t('history.past')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
