import { Box, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  /** Names the scrollable region for screen readers and keyboard users. */
  label: string;
  /** Said above the content while part of it lies beyond the edges. */
  hint: string;
  /** The tallest the region may grow before it scrolls down as well (its header can then stay put). */
  maxHeight?: string;
  children: ReactNode;
};

type Overflow = { before: boolean; after: boolean };

const FADE = 'linear-gradient(to left, rgba(0, 0, 0, 0.14), rgba(0, 0, 0, 0))';

/**
 * Wide content in its own scroll box, so the page itself never scrolls sideways. While columns
 * are hidden a hint says so, and a shadow darkens the right edge while more lies beyond it.
 */
export function SidewaysScroll({ label, hint, maxHeight, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ before: false, after: false });
  const measure = useCallback(() => {
    const element = box.current;
    if (!element) return;
    const hidden = element.scrollWidth - element.clientWidth;
    setOverflow({ before: element.scrollLeft > 1, after: element.scrollLeft < hidden - 1 });
  }, []);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);
  const hidden = overflow.before || overflow.after;
  return (
    <div>
      {hidden ? (
        <Text size="sm" c="gray.7" mb={4} data-scroll-hint>
          {overflow.after ? `${hint} →` : `← ${hint}`}
        </Text>
      ) : null}
      <Box pos="relative">
        {/* A scrollable region takes focus so the keyboard can scroll it too. It is positioned so that
            absolutely placed descendants (visually hidden labels) scroll and clip with it instead of
            widening the page. */}
        <div
          ref={box}
          role="region"
          aria-label={label}
          tabIndex={0}
          onScroll={measure}
          data-scroll-container
          style={{ position: 'relative', overflow: 'auto', maxWidth: '100%', maxHeight, overscrollBehaviorX: 'contain' }}
        >
          {children}
        </div>
        {overflow.after ? (
          <Box aria-hidden pos="absolute" top={0} right={0} bottom={0} w={24} style={{ background: FADE, pointerEvents: 'none', zIndex: 3 }} />
        ) : null}
      </Box>
    </div>
  );
}
