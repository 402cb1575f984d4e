import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { detail } from '../../../test/fixtures';
import { renderWithI18n } from '../../../test/render-app';
import { RatingForm } from '../components/RatingForm';
import { Timeline } from '../components/Timeline';

/** English is a separate chunk, imported on first use: give it time to arrive. */
const ENGLISH_LOADS = 5000;

const rated = (stars: number, at: string) => ({
  at,
  type: 'RATED' as const,
  toStatus: null,
  department: null,
  departmentName: null,
  reply: null,
  stars,
  comment: null,
  reopened: false,
  supervisorNotified: false,
});

describe('counted words in English', () => {
  it('says “1 star” and “2 stars” in the timeline', async () => {
    renderWithI18n(<Timeline events={[rated(1, '2026-11-24T03:00:00.000Z'), rated(2, '2026-11-25T03:00:00.000Z')]} />, 'en');
    expect(await screen.findByText('Your rating: 1 star', undefined, { timeout: ENGLISH_LOADS })).toBeInTheDocument();
    expect(screen.getByText('Your rating: 2 stars')).toBeInTheDocument();
  });

  it('names the rating choices “1 star” and “2 stars”', async () => {
    renderWithI18n(<RatingForm request={detail({ canRate: true })} onRated={() => {}} />, 'en');
    await screen.findByRole('heading', { name: 'Rate the outcome' }, { timeout: ENGLISH_LOADS });
    expect(screen.getByRole('radio', { name: '1 star' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '2 stars' })).toBeInTheDocument();
  });
});
