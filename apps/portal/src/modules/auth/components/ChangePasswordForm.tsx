import { PASSWORD_RULE } from '@kefu/domain/accounts';
import { useState } from 'preact/hooks';
import { useI18n } from '../../../i18n/i18n';
import { ApiError, request } from '../../api/graphql-client';
import { Field } from '../../ui/components/Field';
import { Notice } from '../../ui/components/Notice';
import { PortalChangeOwnPasswordMutation } from '../graphql/mutations/account-security';

type Values = { currentPassword: string; newPassword: string; repeat: string };
type Errors = Partial<Record<keyof Values, string>>;
const EMPTY: Values = { currentPassword: '', newPassword: '', repeat: '' };

/** The gateway names fields as `input.newPassword` or `newPassword`; the form's names are the last part. */
const fieldName = (field: string) => field.replace(/^input\./, '') as keyof Values;

/**
 * Changes the person's own password; the current one is required. The rule shown under the new
 * password is the domain's (PASSWORD_RULE), and the gateway's refusals land on their field.
 */
export function ChangePasswordForm({ onChanged }: { onChanged(): void }) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [changed, setChanged] = useState(false);
  const set = (key: keyof Values) => (event: { currentTarget: HTMLInputElement }) => setValues({ ...values, [key]: event.currentTarget.value });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setChanged(false);
    setFailure(null);
    const found: Errors = {};
    for (const key of ['currentPassword', 'newPassword', 'repeat'] as const) if (!values[key]) found[key] = t('login.required');
    if (!found.repeat && values.repeat !== values.newPassword) found.repeat = t('account.password.mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await request(PortalChangeOwnPasswordMutation, { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      setValues(EMPTY);
      setChanged(true);
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.reason === 'AUTH.WRONG_CURRENT_PASSWORD') setErrors({ currentPassword: error.message });
      else if (error instanceof ApiError && error.fields.length > 0) {
        // A field with several problems shows the first, as the gateway lists them.
        const placed: Errors = {};
        for (const f of error.fields) placed[fieldName(f.field)] ??= f.message;
        setErrors(placed);
      } else setFailure(error instanceof ApiError && error.code !== 'NETWORK' ? error.message : t('app.offline'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="panel" onSubmit={onSubmit} noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title" class="panel__title">
        {t('account.password.title')}
      </h2>
      <Field id="current-password" label={t('account.password.current')} error={errors.currentPassword ?? null}>
        {(a11y) => <input {...a11y} class="input" type="password" autoComplete="current-password" value={values.currentPassword} onInput={set('currentPassword')} />}
      </Field>
      <Field id="new-password" label={t('account.password.new')} hint={locale === 'en' ? PASSWORD_RULE.en : PASSWORD_RULE.zh} error={errors.newPassword ?? null}>
        {(a11y) => <input {...a11y} class="input" type="password" autoComplete="new-password" value={values.newPassword} onInput={set('newPassword')} />}
      </Field>
      <Field id="repeat-password" label={t('account.password.repeat')} error={errors.repeat ?? null}>
        {(a11y) => <input {...a11y} class="input" type="password" autoComplete="new-password" value={values.repeat} onInput={set('repeat')} />}
      </Field>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {changed ? <Notice tone="success">{t('account.password.changed')}</Notice> : null}
      <button type="submit" class="button" disabled={saving}>
        {saving ? t('form.submitting') : t('account.password.submit')}
      </button>
    </form>
  );
}
