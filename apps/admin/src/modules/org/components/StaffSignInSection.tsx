import { Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorMessage, placeError } from '../../ui/errors/graphql-errors';
import { useNotify } from '../../ui/errors/useNotify';
import { useStaffSignIn } from '../hooks/useStaffSignIn';

/**
 * A member of staff's sign-in (登录账号), for a manager with `staff.edit`: create it with a first
 * password (changed by its owner at the first sign-in), disable or enable it, reset its password.
 * Disabling and resetting sign it out everywhere; the gateway enforces the password rules.
 */
export function StaffSignInSection({ staffId, name }: { staffId: string; name: string }) {
  const { t } = useTranslation('org');
  const notify = useNotify();
  const { signIn, loading, createSignIn, setDisabled, resetPassword, saving } = useStaffSignIn(staffId);
  const [failure, setFailure] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const create = useForm({ initialValues: { username: '', password: '' } });
  const reset = useForm({ initialValues: { password: '' } });
  if (loading) return null;
  const onCreate = create.onSubmit(async ({ username, password }) => {
    setFailure(null);
    try {
      await createSignIn(username, password);
      notify.success(t('signIn.created', { name }));
    } catch (error) {
      setFailure(placeError(create, error, t, { fields: { username: 'username', password: 'password' }, reasons: { 'ACCOUNT.USERNAME_TAKEN': 'username' } }));
    }
  });
  if (!signIn) {
    return (
      <form onSubmit={onCreate} noValidate aria-label={t('signIn.createTitle', { name })}>
        <Stack gap="xs" maw={420}>
          <Text fw={600} size="sm">
            {t('signIn.createTitle', { name })}
          </Text>
          <FormAlert message={failure} />
          <TextInput label={t('signIn.username')} description={t('signIn.usernameRule')} required {...create.getInputProps('username')} />
          <PasswordInput label={t('signIn.firstPassword')} description={t('signIn.passwordRule')} required {...create.getInputProps('password')} />
          <Group>
            <Button type="submit" size="compact-sm" loading={saving}>
              {t('signIn.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }
  const toggle = async () => {
    setFailure(null);
    try {
      await setDisabled(signIn.id, !signIn.disabled);
      notify.success(t(signIn.disabled ? 'signIn.enabled' : 'signIn.disabledDone', { name }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  const onReset = reset.onSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await resetPassword(signIn.id, password);
      notify.success(t('signIn.resetDone', { name }));
      reset.reset();
      setResetting(false);
    } catch (error) {
      setFailure(placeError(reset, error, t));
    }
  });
  return (
    <Stack gap="xs" maw={420}>
      <Group gap="xs">
        <Text size="sm">
          {t('signIn.username')}：<strong>{signIn.username}</strong>
        </Text>
        {signIn.disabled ? <Badge color="gray" size="sm">{t('signIn.disabled')}</Badge> : null}
        {signIn.mustChangePassword ? <Badge color="yellow" size="sm">{t('signIn.mustChange')}</Badge> : null}
      </Group>
      <FormAlert message={failure} />
      <Group gap="xs">
        <Button size="compact-sm" variant="light" color={signIn.disabled ? undefined : 'red'} onClick={() => void toggle()} loading={saving}>
          {signIn.disabled ? t('signIn.enable') : t('signIn.disable')}
        </Button>
        <Button size="compact-sm" variant="light" onClick={() => setResetting(!resetting)} aria-expanded={resetting}>
          {t('signIn.reset')}
        </Button>
      </Group>
      {resetting ? (
        <form onSubmit={onReset} noValidate>
          <Stack gap="xs">
            <PasswordInput label={t('signIn.newPassword')} description={t('signIn.resetHint')} required {...reset.getInputProps('password')} />
            <Group>
              <Button type="submit" size="compact-sm" loading={saving}>
                {t('signIn.resetSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
