import type { ScrollAreaProps } from '@mantine/core';

/**
 * A table wider than a phone scrolls sideways: its viewport takes the keyboard focus, so it can be
 * scrolled without a pointer (axe: scrollable-region-focusable).
 */
export const KEYBOARD_SCROLL: ScrollAreaProps = { viewportProps: { tabIndex: 0 } };
