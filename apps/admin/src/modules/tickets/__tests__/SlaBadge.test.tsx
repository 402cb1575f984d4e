import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SlaState } from '../../../gql/graphql';
import { SlaBadge } from '../components/SlaBadge';
import { slaBadgeTone } from '../utils/sla-badge';
import { renderTicketScreen } from './render-ticket-screen';

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR + 60_000).toISOString();

const badgeOf = (text: RegExp | string) => screen.getByText(text).closest('[data-sla]') as HTMLElement;

describe('SlaBadge', () => {
  it.each<[SlaState, number, string, string]>([
    ['ON_TRACK', 72, '3天后到期', 'teal-9'],
    ['DUE_SOON', 2, '2小时后到期', 'yellow-4'],
    ['OVERDUE', -5, '5小时前已到期', 'red-9'],
  ])('shows %s as a countdown in its colour', (state, hours, text, shade) => {
    renderTicketScreen(<SlaBadge state={state} dueAt={inHours(hours)} />);
    const badge = badgeOf(new RegExp(text));
    expect(badge).toHaveAttribute('data-sla', state);
    const style = badge.getAttribute('style') ?? '';
    const variant = slaBadgeTone(state).variant;
    expect(style).toContain(variant === 'filled' ? `--badge-bg: var(--mantine-color-${shade})` : `--badge-color: var(--mantine-color-${shade})`);
  });

  it('turns amber when due soon and red when overdue, never the same colour as on track', () => {
    const colours = (['ON_TRACK', 'DUE_SOON', 'OVERDUE', 'MET'] as const).map((s) => slaBadgeTone(s).color);
    expect(new Set(colours).size).toBe(4);
    expect(slaBadgeTone('DUE_SOON').color).toMatch(/^yellow/);
    expect(slaBadgeTone('OVERDUE').color).toMatch(/^red/);
  });

  it('says nothing is due when the current status owes no deadline', () => {
    renderTicketScreen(<SlaBadge state="MET" dueAt={null} />);
    expect(badgeOf('无待办时限')).toHaveAttribute('data-sla', 'MET');
  });

  it('names the state for screen readers as well as by colour', () => {
    renderTicketScreen(<SlaBadge state="OVERDUE" dueAt={inHours(-3)} />);
    expect(badgeOf(/3小时前已到期/)).toHaveTextContent('已逾期: 3小时前已到期');
  });
});
