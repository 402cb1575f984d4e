import { useEffect, useState } from 'preact/hooks';
import type { MyProfileQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { ApiError, request, type FieldError } from '../../api/graphql-client';
import { Notice } from '../../ui/components/Notice';
import { Skeleton } from '../../ui/components/Skeleton';
import { MyProfileQuery as PROFILE, UpdateMyContactMutation } from '../graphql/my-profile';

type Profile = NonNullable<NonNullable<MyProfileQuery['viewer']>['requester']>;

/** 我的资料: a requester reads their own profile and corrects their phone and preferred contact time. */
export function ProfileForm() {
  const { t } = useI18n();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [contactTime, setContactTime] = useState('');
  const [fields, setFields] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    request(PROFILE)
      .then((data) => {
        const mine = data.viewer?.requester ?? null;
        setProfile(mine);
        setPhone(mine?.phone ?? '');
        setContactTime(mine?.preferredContactTime ?? '');
      })
      .catch((error: unknown) => setFailed(error instanceof ApiError && error.code !== 'NETWORK' ? error.message : t('app.offline')));
  }, [t]);

  if (failed) return <Notice tone="error">{failed}</Notice>;
  if (!profile) return <Skeleton lines={3} label={t('app.loading')} />;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    setFields([]);
    setFailed(null);
    try {
      const { updateMyContact } = await request(UpdateMyContactMutation, { input: { phone, preferredContactTime: contactTime } });
      setPhone(updateMyContact.phone ?? '');
      setContactTime(updateMyContact.preferredContactTime ?? '');
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) setFields(error.fields);
      else setFailed(error instanceof ApiError && error.code !== 'NETWORK' ? error.message : t('app.offline'));
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => fields.find((f) => f.field === `input.${field}` || f.field === field)?.message;
  const phoneError = errorOf('phone');
  const timeError = errorOf('preferredContactTime');

  return (
    <form class="panel" onSubmit={onSubmit} noValidate>
      <dl class="facts">
        <dt>{t('profile.name')}</dt>
        <dd>{profile.shopName ?? (profile.name || '—')}</dd>
        {profile.shopUnit ? (
          <>
            <dt>{t('profile.unit')}</dt>
            <dd>{profile.shopUnit}</dd>
          </>
        ) : null}
      </dl>
      <div class="field">
        <label for="profile-phone" class="field__label">
          {t('profile.phone')}
        </label>
        <input
          id="profile-phone"
          class="input"
          type="tel"
          value={phone}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? 'profile-phone-error' : 'profile-phone-hint'}
          onInput={(e) => setPhone(e.currentTarget.value)}
        />
        <p id="profile-phone-hint" class="field__hint">
          {t('profile.phoneHint')}
        </p>
        {phoneError ? (
          <p id="profile-phone-error" class="field__error" role="alert">
            {phoneError}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="profile-time" class="field__label">
          {t('form.contactTime')}
        </label>
        <input
          id="profile-time"
          class="input"
          value={contactTime}
          maxLength={60}
          aria-invalid={timeError ? true : undefined}
          aria-describedby={timeError ? 'profile-time-error' : undefined}
          onInput={(e) => setContactTime(e.currentTarget.value)}
        />
        {timeError ? (
          <p id="profile-time-error" class="field__error" role="alert">
            {timeError}
          </p>
        ) : null}
      </div>
      {saved ? <Notice>{t('profile.saved')}</Notice> : null}
      <button type="submit" class="button" disabled={saving}>
        {saving ? t('form.submitting') : t('profile.save')}
      </button>
    </form>
  );
}
