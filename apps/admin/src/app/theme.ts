import { Badge, createTheme, darken, luminance, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white-on-blue and blue-on-light-blue text above 4.5:1 contrast.
  primaryShade: 8,
  defaultRadius: 'sm',
  // No sliding or fading for people who asked their system for less motion.
  respectReducedMotion: true,
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", Roboto, Helvetica, Arial, sans-serif',
  components: {
    // Badges shout in capitals by default; English labels are written as they are read.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * The text colour of a light variant: the palette's darkest shade, darkened further where even
 * that stays under 4.5:1 on the palest shade (green, lime, yellow, orange shade 9 do).
 */
export const lightVariantText = (shades: readonly string[]): string => {
  const [palest, darkest] = [shades[0]!, shades[9]!];
  let text = darkest;
  for (let amount = 0.1; contrast(text, palest) < 4.5 && amount < 0.9; amount += 0.1) text = darken(darkest, amount);
  return text;
};

/**
 * Mantine's default dimmed grey and its light variants (badges, light buttons, the active
 * nav link) fall below 4.5:1 contrast; the darkest shade on the palest one, darker still where
 * needed, stays readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).flatMap((color) => [
        [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
        [`--mantine-color-${color}-light-color`, lightVariantText(resolved.colors[color]!)],
      ]),
    ),
  },
  dark: {},
});
