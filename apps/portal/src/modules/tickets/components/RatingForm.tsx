import { useState } from 'preact/hooks';
import type { RequestDetailFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { Notice } from '../../ui/components/Notice';
import { useRateRequest } from '../hooks/useRateRequest';

const STARS = [1, 2, 3, 4, 5] as const;

/** 1–5 stars and a comment; 2 or fewer sends the request back, and the page says so. */
export function RatingForm({ request, onRated }: { request: RequestDetailFragment; onRated(next: RequestDetailFragment): void }) {
  const { t } = useI18n();
  const { rate, sending, error } = useRateRequest();
  const [stars, setStars] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (stars === null) {
      setMissing(true);
      return;
    }
    const next = await rate(request, stars, comment);
    if (next) onRated(next);
  };

  return (
    <form class="panel" onSubmit={onSubmit} noValidate>
      <h2 class="panel__title">{t('rate.heading')}</h2>
      <p class="panel__intro">{t('rate.intro')}</p>
      <fieldset class="stars" aria-describedby={missing ? 'rate-error' : undefined}>
        <legend class="field__label">{t('rate.stars')}</legend>
        <div class="stars__row">
          {STARS.map((n) => (
            <label key={n} class={`star${stars !== null && n <= stars ? ' star--on' : ''}`}>
              <input
                type="radio"
                name="stars"
                value={n}
                checked={stars === n}
                onChange={() => {
                  setStars(n);
                  setMissing(false);
                }}
                class="visually-hidden"
              />
              <span aria-hidden="true">★</span>
              <span class="visually-hidden">{t('rate.star', { count: n })}</span>
            </label>
          ))}
        </div>
        {missing ? (
          <p id="rate-error" class="field__error" role="alert">
            {t('rate.required')}
          </p>
        ) : null}
      </fieldset>
      <div class="field">
        <label for="rate-comment" class="field__label">
          {t('rate.comment')}
        </label>
        <textarea id="rate-comment" class="input" rows={3} maxLength={1000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </div>
      {error ? <Notice tone="error">{error.code === 'NETWORK' ? t('app.offline') : error.message}</Notice> : null}
      <button type="submit" class="button" disabled={sending}>
        {sending ? t('rate.submitting') : t('rate.submit')}
      </button>
    </form>
  );
}
