import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `onReachEnd` when the sentinel element scrolls into view (with a margin, so the next page is
 * there before the listener gets to the bottom). Keyboard users get a "Show more" button as well.
 */
export function useInfiniteScroll(
  enabled: boolean,
  onReachEnd: () => void,
): RefObject<HTMLDivElement | null> {
  const sentinel = useRef<HTMLDivElement>(null);
  const callback = useRef(onReachEnd);
  callback.current = onReachEnd;
  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) callback.current();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return sentinel;
}
