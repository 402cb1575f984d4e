import { DEFAULT_THEME, luminance } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { lightVariantText } from '../theme';

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('light variant text', () => {
  it('reads at 4.5:1 or more on the palest shade of every palette colour', () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      expect(contrast(lightVariantText(shades), shades[0]!), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the darkest shade itself where it already reads (blue)', () => {
    expect(lightVariantText(DEFAULT_THEME.colors.blue)).toBe(DEFAULT_THEME.colors.blue[9]);
  });
});
