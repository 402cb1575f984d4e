import type { SlaState } from '../../../gql/graphql';

export type SlaBadgeTone = { color: string; variant: 'filled' | 'outline' };

/**
 * Amber once less than a quarter of the window (or two hours) is left, red once overdue.
 * Shades are dark or light enough for the badge text to keep a 4.5:1 contrast.
 */
export const SLA_BADGE_TONES: Readonly<Record<SlaState, SlaBadgeTone>> = {
  OVERDUE: { color: 'red.9', variant: 'filled' },
  DUE_SOON: { color: 'yellow.4', variant: 'filled' },
  ON_TRACK: { color: 'teal.9', variant: 'outline' },
  MET: { color: 'gray.7', variant: 'outline' },
};

export const slaBadgeTone = (state: SlaState): SlaBadgeTone => SLA_BADGE_TONES[state];
