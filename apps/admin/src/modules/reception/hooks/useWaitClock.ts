import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';

/** How often the waits on screen move on. */
const TICK_MS = 1_000;

/**
 * The waits counted on screen between two answers of the gateway: the server's count plus the
 * time since that answer arrived, so a device's wrong clock never changes who is late.
 */
export function useWaitClock() {
  const [tick, setTick] = useState(() => Date.now());
  const [answeredAt] = useState(() => new Map<string, { seconds: number; at: number }>());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return {
    waitedSeconds: (entry: { id: string; waitedSeconds: number }) => {
      const seen = answeredAt.get(entry.id);
      if (!seen || seen.seconds !== entry.waitedSeconds) {
        answeredAt.set(entry.id, { seconds: entry.waitedSeconds, at: tick });
        return entry.waitedSeconds;
      }
      return seen.seconds + Math.max(0, Math.floor((tick - seen.at) / 1000));
    },
  };
}

/** "4 分 05 秒" / "4 min 05 s". */
export const waitedLabel = (seconds: number, t: TFunction): string =>
  t('waited', { minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, '0') });
