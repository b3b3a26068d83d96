import { useEffect, useState } from 'react';

/**
 * Whether an element is on screen (or within `margin` of it): pass `watch` as the element's ref. Panels
 * below the fold skip redrawing until they scroll into view; without IntersectionObserver everything
 * counts as visible. `watch` is a callback ref, so an element that mounts later is still observed.
 */
export function useInView(margin = '200px'): readonly [watch: (element: Element | null) => void, inView: boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [inView, setInView] = useState(true);
  useEffect(() => {
    if (element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) setInView(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return [setElement, inView] as const;
}

/** `value` while `live`; while not, the last value it had while live (a hidden panel keeps what it drew). */
export function useHeldWhile<T>(value: T, live: boolean): T {
  const [held, setHeld] = useState(value);
  if (live && !Object.is(held, value)) setHeld(value);
  return live ? value : held;
}
