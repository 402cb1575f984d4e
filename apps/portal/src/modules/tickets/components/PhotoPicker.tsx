import { useI18n } from '../../../i18n/i18n';
import type { PhotoMessage, PhotoUpload } from '../hooks/usePhotoUploads';
import { PHOTO_ACCEPT, PHOTO_LIMITS, PHOTO_MAX_MB } from '../utils/photo-rules';

type Props = {
  photos: PhotoUpload[];
  messages: PhotoMessage[];
  serverError?: string | null;
  onAdd(files: File[]): void;
  onRemove(key: string): void;
};

export function PhotoPicker({ photos, messages, serverError, onAdd, onRemove }: Props) {
  const { t } = useI18n();
  const full = photos.length >= PHOTO_LIMITS.perRequest;
  const problems = [
    ...messages.map((m) =>
      m.key === 'photoCount'
        ? t('validation.photoCount', { count: PHOTO_LIMITS.perRequest })
        : m.key === 'server'
          ? (m.text ?? '')
          : t(m.key === 'photoType' ? 'validation.photoType' : 'validation.photoSize', { name: m.name ?? '', mb: PHOTO_MAX_MB }),
    ),
    ...photos.filter((p) => p.state === 'failed').map((p) => `${p.name}: ${p.error ?? ''}`),
    ...(serverError ? [serverError] : []),
  ];
  return (
    <div class={`field${problems.length ? ' field--error' : ''}`}>
      <span class="field__label" id="photos-label">
        {t('form.photos', { count: PHOTO_LIMITS.perRequest })}
      </span>
      <ul class="photos" aria-labelledby="photos-label">
        {photos.map((photo, index) => (
          <li key={photo.key} class={`photo photo--${photo.state}`}>
            <img src={photo.preview} alt={t('detail.photo', { index: index + 1 })} width={88} height={88} />
            {photo.state === 'uploading' ? <span class="photo__status">{t('form.uploading')}</span> : null}
            <button type="button" class="photo__remove" onClick={() => onRemove(photo.key)} aria-label={t('form.removePhoto', { index: index + 1 })}>
              ×
            </button>
          </li>
        ))}
        {!full ? (
          <li class="photo photo--add">
            <label class="photo__add">
              <input
                type="file"
                accept={PHOTO_ACCEPT}
                multiple
                class="visually-hidden"
                aria-describedby="photos-hint"
                onChange={(e) => {
                  const input = e.currentTarget;
                  onAdd(Array.from(input.files ?? []));
                  input.value = '';
                }}
              />
              <span aria-hidden="true">＋</span>
              <span class="photo__add-text">{t('form.addPhoto')}</span>
            </label>
          </li>
        ) : null}
      </ul>
      <p id="photos-hint" class="field__hint">
        {t('form.photosHint', { mb: PHOTO_MAX_MB })}
      </p>
      {problems.map((text) => (
        <p key={text} class="field__error" role="alert">
          {text}
        </p>
      ))}
    </div>
  );
}
