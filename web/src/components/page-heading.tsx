import { Heading } from 'suomifi-ui-components';
import { usePageTitle } from './page-title';

/**
 * A page's h1, which also names the browser tab. Focusable from script only (tabIndex -1):
 * the app shell moves focus here after a navigation.
 */
export function PageHeading({ children }: { children: string }) {
  usePageTitle(children);
  return (
    <Heading variant="h1" tabIndex={-1} mb="l">
      {children}
    </Heading>
  );
}
