import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useExpiring } from '../hooks/useRequesterArchive';

/** For the archive clerk: contracts and documents that run out within 30 days, soonest first. */
export function ExpiringList() {
  const { t } = useTranslation('requesters');
  const { items, loading } = useExpiring();
  if (loading) return null;
  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="expiring-title">
      <Title order={2} size="h4" id="expiring-title" mb="xs">
        {t('expiring.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('expiring.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={300}>
          <Table aria-labelledby="expiring-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.who')}</Table.Th>
                <Table.Th scope="col">{t('expiring.what')}</Table.Th>
                <Table.Th scope="col">{t('file.expiresOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.requester.id}-${item.what}-${item.expiresOn}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/requesters/${item.requester.id}`}>
                      {item.requester.shopName || item.requester.name || t('anonymous')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`expiring.kind.${item.what}`)}</Table.Td>
                  <Table.Td>{item.expiresOn}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
