import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's `h1`. It takes focus when the page mounts so that keyboard and screen-reader users land
 * on the new page after an in-app navigation, and it sets the document title.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Tunehub`;
    // Only move focus when it would otherwise be lost on <body> (not while typing in a search box).
    if (document.activeElement === document.body || document.activeElement === null) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page__title">
      {children}
    </h1>
  );
}
