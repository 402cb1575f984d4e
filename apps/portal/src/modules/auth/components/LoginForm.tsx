import { useState } from 'preact/hooks';
import { useI18n } from '../../../i18n/i18n';
import { ApiError } from '../../api/graphql-client';
import { Field } from '../../ui/components/Field';
import { Notice } from '../../ui/components/Notice';

export function LoginForm({ onLogin }: { onLogin(username: string, password: string): Promise<void> }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const found = { username: !username.trim(), password: !password };
    setMissing(found);
    if (found.username || found.password) return;
    setSending(true);
    setError(null);
    try {
      await onLogin(username.trim(), password);
    } catch (e) {
      setError(e instanceof ApiError && e.code !== 'NETWORK' ? e.message : t('app.offline'));
      setSending(false);
    }
  };

  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <Field id="login-username" label={t('login.username')} error={missing.username ? t('login.required') : null}>
        {(a11y) => (
          <input {...a11y} class="input" type="text" autoComplete="username" autoCapitalize="none" spellcheck={false} value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="login-password" label={t('login.password')} error={missing.password ? t('login.required') : null}>
        {(a11y) => <input {...a11y} class="input" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />}
      </Field>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit" class="button" disabled={sending}>
        {sending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
