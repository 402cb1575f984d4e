import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage } from '../../ui/errors/graphql-errors';
import { useSignIn } from '../hooks/useSignIn';

type Props = {
  onSignedIn: (signedIn: { username: string } | null) => void;
  /** Leave the cache as it is: see `useSignIn`. */
  keepCache?: boolean;
};

export function SignInForm({ onSignedIn, keepCache = false }: Props) {
  const { t } = useTranslation('common');
  const { signIn, loading } = useSignIn({ keepCache });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('signIn.usernameRequired')),
      password: (v) => (v ? null : t('signIn.passwordRequired')),
    },
  });
  const submit = form.onSubmit(async ({ username, password }) => {
    setFailure(null);
    try {
      onSignedIn(await signIn(username.trim(), password));
    } catch (error) {
      const unplaced = applyFieldErrors(form, error);
      if (unplaced.length > 0 || !form.errors || Object.keys(form.errors).length === 0) setFailure(errorMessage(error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" title={t('signIn.failed')} role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput label={t('signIn.username')} autoComplete="username" required {...form.getInputProps('username')} />
        <PasswordInput label={t('signIn.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
        <Button type="submit" loading={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
