import { useEffect, useRef } from 'react';
import { Heading } from 'suomifi-ui-components';
import { usePageTitle } from './page-title';

let focusPending = false;

/**
 * After a client-side navigation the reader should start at the new page's heading (as after
 * a page load). The app shell calls this on every navigation; the heading takes focus now if
 * it is there, or when it appears (a page that first shows "loading").
 */
export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  focusPending = !heading;
  heading?.focus();
}

/** A page's h1, which also names the browser tab. Focusable from script only (tabIndex -1). */
export function PageHeading({ children }: { children: string }) {
  usePageTitle(children);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    ref.current?.focus();
  }, []);
  return (
    <Heading variant="h1" tabIndex={-1} mb="l" ref={ref}>
      {children}
    </Heading>
  );
}
