/** Event fired on in-app navigation (pushState does not fire popstate). */
export const NAVIGATE_EVENT = 'tunehub:navigate';

/** Navigates within the app without a page load. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
