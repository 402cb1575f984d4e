import { Alert, Badge, Button, Code, CopyButton, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useFormatters } from '../../ui/format/useFormatters';
import { usePortalAccess } from '../hooks/usePortalAccess';

/** 网上服务账号: invite a merchant or owner to the portal; see, disable and enable their sign-ins. */
export function PortalAccessPanel({ requesterId }: { requesterId: string }) {
  const { t } = useTranslation('requesters');
  const time = useFormatters();
  const { access, loading, error, refetch, invite, issued, inviting, inviteError, revoke, setDisabled } = usePortalAccess(requesterId);
  if (loading) return <PageSkeleton rows={3} />;
  if (error || !access) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  const link = issued ? `${window.location.origin}${issued.portalPath}` : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="gray.7" maw={560}>
          {t('portal.intro')}
        </Text>
        <Button onClick={() => void invite().catch(() => undefined)} loading={inviting}>
          {t('portal.invite')}
        </Button>
      </Group>
      {inviteError ? <Alert color="red">{errorMessage(inviteError, t)}</Alert> : null}
      {issued && link ? (
        <Alert color="teal" title={t('portal.issuedTitle')}>
          <Stack gap={6}>
            <Text size="sm">{t('portal.issuedOnce', { date: time.dateTime(issued.invitation.expiresAt) })}</Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600}>
                {t('portal.code')}
              </Text>
              <Code data-testid="invitation-code" fz="md">
                {issued.code}
              </Code>
              <CopyButton value={issued.code}>{({ copied, copy }) => <Button size="compact-xs" variant="light" onClick={copy}>{copied ? t('portal.copied') : t('portal.copy')}</Button>}</CopyButton>
            </Group>
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {t('portal.link')}
              </Text>
              <Code data-testid="invitation-link" style={{ wordBreak: 'break-all' }}>
                {link}
              </Code>
              <CopyButton value={link}>{({ copied, copy }) => <Button size="compact-xs" variant="light" onClick={copy}>{copied ? t('portal.copied') : t('portal.copy')}</Button>}</CopyButton>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <Text fw={600}>{t('portal.signIns')}</Text>
      {access.signIns.length === 0 ? (
        <EmptyState title={t('portal.noSignIns')} />
      ) : (
        <Table withTableBorder aria-label={t('portal.signIns')}>
          <Table.Tbody>
            {access.signIns.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.username}</Table.Td>
                <Table.Td><Badge variant="dot" size="sm" tt="none" color={s.disabled ? 'gray' : 'green'}>
                    {s.disabled ? t('portal.disabled') : t('portal.enabled')}
                  </Badge></Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="light" color={s.disabled ? 'blue' : 'red'} onClick={() => void setDisabled(s.id, !s.disabled)}>
                    {s.disabled ? t('portal.enable') : t('portal.disable')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text fw={600}>{t('portal.invitations')}</Text>
      {access.invitations.length === 0 ? (
        <EmptyState title={t('portal.noInvitations')} />
      ) : (
          <Table withTableBorder aria-label={t('portal.invitations')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('portal.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('portal.expiresAt')}</Table.Th>
                <Table.Th scope="col">{t('portal.state')}</Table.Th>
                <Table.Th scope="col" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {access.invitations.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{time.dateTime(i.createdAt)}</Table.Td>
                  <Table.Td>{time.dateTime(i.expiresAt)}</Table.Td>
                  <Table.Td>{t(`portal.stateName.${i.state}`)}</Table.Td>
                  <Table.Td ta="right">
                    {i.state === 'OPEN' ? (
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => void revoke(i.id)}>
                        {t('portal.revoke')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
      )}
    </Stack>
  );
}
