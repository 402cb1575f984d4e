/** Grey blocks the size of what is coming, so the page does not jump when it arrives. */
export function Skeleton({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <div class="skeleton" role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="skeleton__card" aria-hidden="true">
          <div class="skeleton__line skeleton__line--short" />
          <div class="skeleton__line" />
          <div class="skeleton__line skeleton__line--mid" />
        </div>
      ))}
    </div>
  );
}
