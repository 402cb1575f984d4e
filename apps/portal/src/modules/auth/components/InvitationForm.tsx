import { useState } from 'preact/hooks';
import { useI18n } from '../../../i18n/i18n';
import { ApiError } from '../../api/graphql-client';
import { Field } from '../../ui/components/Field';
import { Notice } from '../../ui/components/Notice';

export type Redemption = { code: string; username: string; password: string };
type Errors = Partial<Record<keyof Redemption, string>>;

/** The gateway names fields as `input.code`; the form's own names are the last part. */
const fieldName = (field: string) => field.replace(/^input\./, '') as keyof Redemption;

/** An invited merchant or owner chooses their own sign-in with the code the service desk gave them. */
export function InvitationForm({ initialCode, onRedeem }: { initialCode: string; onRedeem(input: Redemption): Promise<void> }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Redemption>({ code: initialCode, username: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const set = (key: keyof Redemption) => (event: { currentTarget: HTMLInputElement }) => setValues({ ...values, [key]: event.currentTarget.value });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const missing: Errors = {};
    for (const key of ['code', 'username', 'password'] as const) if (!values[key].trim()) missing[key] = t('login.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setSending(true);
    setError(null);
    try {
      await onRedeem({ code: values.code.trim(), username: values.username.trim(), password: values.password });
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) {
        // A field with several problems shows the first, as the gateway lists them.
        const found: Errors = {};
        for (const f of e.fields) found[fieldName(f.field)] ??= f.message;
        setErrors(found);
      } else setError(e instanceof ApiError && e.code !== 'NETWORK' ? e.message : t('app.offline'));
      setSending(false);
    }
  };

  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <Field id="invite-code" label={t('invite.code')} error={errors.code ?? null}>
        {(a11y) => <input {...a11y} class="input" type="text" autoComplete="one-time-code" autoCapitalize="characters" spellcheck={false} value={values.code} onInput={set('code')} />}
      </Field>
      <Field id="invite-username" label={t('invite.username')} hint={t('invite.usernameHint')} error={errors.username ?? null}>
        {(a11y) => <input {...a11y} class="input" type="text" autoComplete="username" autoCapitalize="none" spellcheck={false} value={values.username} onInput={set('username')} />}
      </Field>
      <Field id="invite-password" label={t('invite.password')} hint={t('invite.passwordHint')} error={errors.password ?? null}>
        {(a11y) => <input {...a11y} class="input" type="password" autoComplete="new-password" value={values.password} onInput={set('password')} />}
      </Field>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit" class="button" disabled={sending}>
        {sending ? t('invite.submitting') : t('invite.submit')}
      </button>
    </form>
  );
}
