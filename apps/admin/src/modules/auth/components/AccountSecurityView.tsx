import { useMutation, useQuery } from '@apollo/client';
import { Alert, Badge, Button, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { PageHeader } from '../../ui/components/PageHeader';
import { errorMessage, placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { ChangeOwnPasswordMutation, RevokeMySessionMutation } from '../graphql/mutations/account-security.mutations';
import { MySessionsQuery } from '../graphql/queries/my-sessions.query';
import { useViewer } from '../hooks/useViewer';

/** 账户与安全: change one's own password, see one's own sessions and sign them out. */
export function AccountSecurityView() {
  const { t } = useTranslation('account');
  const { viewer, refetch } = useViewer();
  const mustChange = viewer?.mustChangePassword ?? false;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="xl" maw={560}>
        {mustChange ? (
          <Alert color="yellow" variant="light" title={t('mustChange.title')}>
            {t('mustChange.body')}
          </Alert>
        ) : null}
        <ChangePasswordForm onChanged={() => void refetch()} />
        {mustChange ? null : <SessionsList />}
      </Stack>
    </>
  );
}

function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('account');
  const notify = useNotify();
  const [change, { loading }] = useMutation(ChangeOwnPasswordMutation, { refetchQueries: ['MySessions'] });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: { repeat: (v, values) => (v === values.newPassword ? null : t('password.mismatch')) },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setFailure(null);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      notify.success(t('password.changed'));
      form.reset();
      onChanged();
    } catch (error) {
      setFailure(placeError(form, error, t, { reasons: { 'AUTH.WRONG_CURRENT_PASSWORD': 'currentPassword' } }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="change-password-title">
          {t('password.title')}
        </Title>
        <FormAlert message={failure} />
        <PasswordInput label={t('password.current')} required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput label={t('password.new')} description={t('password.rule')} required autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordInput label={t('password.repeat')} required autoComplete="new-password" {...form.getInputProps('repeat')} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SessionsList() {
  const { t } = useTranslation('account');
  const format = useFormatters();
  const notify = useNotify();
  const { data, loading } = useQuery(MySessionsQuery);
  const [revoke, revoking] = useMutation(RevokeMySessionMutation, { refetchQueries: ['MySessions'] });
  const [failure, setFailure] = useState<string | null>(null);
  const signOut = async (id: string) => {
    setFailure(null);
    try {
      await revoke({ variables: { id } });
      notify.success(t('sessions.revoked'));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  if (loading && !data) return null;
  const sessions = data?.mySessions ?? [];
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('sessions.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('sessions.hint')}
      </Text>
      <FormAlert message={failure} />
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder verticalSpacing="xs" aria-label={t('sessions.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sessions.signedInAt')}</Table.Th>
              <Table.Th scope="col">{t('sessions.expiresAt')}</Table.Th>
              <Table.Th scope="col">
                <span className="kefu-visually-hidden">{t('sessions.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{format.dateTime(s.createdAt)}</Table.Td>
                <Table.Td>{format.dateTime(s.expiresAt)}</Table.Td>
                <Table.Td>
                  {s.current ? (
                    <Badge variant="light" size="sm">
                      {t('sessions.current')}
                    </Badge>
                  ) : (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => void signOut(s.id)} loading={revoking.loading}>
                      {t('sessions.signOut')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
