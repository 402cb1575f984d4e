import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

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

/**
 * Mantine's default dimmed grey and its light variants (badges, light buttons, the active
 * nav link) fall below 4.5:1 contrast; the darkest shade on the palest one stays readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).flatMap((color) => [
        [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
      ]),
    ),
  },
  dark: {},
});
