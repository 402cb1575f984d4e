import type { ComponentChildren } from 'preact';

/** A message in the page flow; polite live region so screen readers hear it once. */
export function Notice({ tone = 'info', children }: { tone?: 'info' | 'error' | 'success'; children: ComponentChildren }) {
  return (
    <p class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
