import { startTransition, useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: the first value at once, later ones after a
 * pause. The charts follow the results this way, so a burst of keystrokes redraws them once, not per key.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    // A transition: the redraw yields to keystrokes and is dropped if the value changes again.
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
