import { useCallback, useRef, useState } from 'preact/hooks';
import { useLeaveGuard } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n';
import { Field } from '../../ui/components/Field';
import { Notice } from '../../ui/components/Notice';
import { usePhotoUploads } from '../hooks/usePhotoUploads';
import { useSubmitRequest } from '../hooks/useSubmitRequest';
import {
  checkRequestForm,
  formFieldOf,
  PORTAL_KINDS,
  TEXT_LIMITS,
  toSubmitInput,
  type FormIssue,
  type RequestFormField,
  type RequestFormValues,
} from '../utils/request-form';
import { PhotoPicker } from './PhotoPicker';

const EMPTY: RequestFormValues = { kind: '', description: '', location: '', preferredContactTime: '' };

/** `shopUnit` fills in where, since most requests are about the requester's own shop. */
export function RequestForm({ onSubmitted, shopUnit = null }: { onSubmitted(id: string): void; shopUnit?: string | null }) {
  const { t } = useI18n();
  const [values, setValues] = useState<RequestFormValues>({ ...EMPTY, location: shopUnit ?? '' });
  const [issues, setIssues] = useState<Partial<Record<RequestFormField, FormIssue>>>({});
  const [serverIssues, setServerIssues] = useState<Partial<Record<RequestFormField, string>>>({});
  const photos = usePhotoUploads();
  const { submit, sending, error } = useSubmitRequest();
  const initialLocation = shopUnit ?? '';
  const dirty =
    values.kind !== '' || values.description.trim() !== '' || values.location.trim() !== initialLocation || values.preferredContactTime.trim() !== '' || photos.ids.length > 0;
  // Cleared once the request is sent, so the page it goes on to opens without asking.
  const sent = useRef(false);
  const confirmLeave = useCallback(() => sent.current || window.confirm(t('form.leaveConfirm')), [t]);
  useLeaveGuard(dirty ? confirmLeave : null);

  const set = (field: keyof RequestFormValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setIssues((i) => ({ ...i, [field]: undefined }));
    setServerIssues((i) => ({ ...i, [field]: undefined }));
  };
  const messageFor = (field: RequestFormField): string | null => {
    const issue = issues[field];
    if (issue?.key === 'required') return t(field === 'kind' ? 'validation.choose' : 'validation.required');
    if (issue?.key === 'tooLong') return t('validation.tooLong', { limit: issue.limit, count: values[field as keyof RequestFormValues].trim().length });
    return serverIssues[field] ?? null;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const found = checkRequestForm(values);
    setIssues(found);
    setServerIssues({});
    if (Object.keys(found).length > 0 || photos.uploading) {
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`request-${first}`)?.focus();
      return;
    }
    try {
      const id = await submit(toSubmitInput(values, photos.ids));
      photos.clear();
      setValues({ ...EMPTY, location: shopUnit ?? '' });
      sent.current = true;
      onSubmitted(id);
    } catch (e) {
      const fields = (e as { fields?: { field: string; message: string }[] }).fields ?? [];
      const mapped: Partial<Record<RequestFormField, string>> = {};
      for (const f of fields) {
        const field = formFieldOf(f.field);
        if (field && !mapped[field]) mapped[field] = f.message;
      }
      setServerIssues(mapped);
    }
  };

  const hasIssues = Object.values(issues).some(Boolean) || Object.values(serverIssues).some(Boolean);
  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <fieldset class={`field${messageFor('kind') ? ' field--error' : ''}`} aria-describedby={messageFor('kind') ? 'request-kind-error' : 'request-kind-hint'}>
        <legend class="field__label">{t('form.kind')}</legend>
        <div class="chips" id="request-kind" tabIndex={-1}>
          {PORTAL_KINDS.map((kind) => (
            <label key={kind} class={`chip${values.kind === kind ? ' chip--on' : ''}`}>
              <input type="radio" name="kind" value={kind} checked={values.kind === kind} onChange={() => set('kind', kind)} class="visually-hidden" />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </div>
        {messageFor('kind') ? (
          <p id="request-kind-error" class="field__error" role="alert">
            {messageFor('kind')}
          </p>
        ) : (
          <p id="request-kind-hint" class="field__hint">
            {t('form.kindHint')}
          </p>
        )}
      </fieldset>

      <Field
        id="request-description"
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        error={messageFor('description')}
        count={{ length: values.description.trim().length, limit: TEXT_LIMITS.description }}
      >
        {(a11y) => <textarea {...a11y} class="input" rows={4} value={values.description} onInput={(e) => set('description', e.currentTarget.value)} />}
      </Field>

      <Field
        id="request-location"
        label={t('form.location')}
        hint={t('form.locationHint')}
        error={messageFor('location')}
        count={{ length: values.location.trim().length, limit: TEXT_LIMITS.location }}
      >
        {(a11y) => <input {...a11y} class="input" type="text" autoComplete="off" value={values.location} onInput={(e) => set('location', e.currentTarget.value)} />}
      </Field>

      <Field
        id="request-preferredContactTime"
        label={t('form.contactTime')}
        hint={t('form.contactTimeHint')}
        error={messageFor('preferredContactTime')}
        count={{ length: values.preferredContactTime.trim().length, limit: TEXT_LIMITS.preferredContactTime }}
      >
        {(a11y) => (
          <input {...a11y} class="input" type="text" autoComplete="off" value={values.preferredContactTime} onInput={(e) => set('preferredContactTime', e.currentTarget.value)} />
        )}
      </Field>

      <PhotoPicker photos={photos.photos} messages={photos.messages} serverError={serverIssues.photos} onAdd={photos.add} onRemove={photos.remove} />

      {hasIssues ? <Notice tone="error">{t('form.fixErrors')}</Notice> : null}
      {error && !hasIssues ? <Notice tone="error">{error.code === 'NETWORK' ? t('app.offline') : error.message}</Notice> : null}
      <button type="submit" class="button" disabled={sending || photos.uploading}>
        {sending ? t('form.submitting') : photos.uploading ? t('form.uploading') : t('form.submit')}
      </button>
    </form>
  );
}
