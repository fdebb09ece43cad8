import { isRouteErrorResponse, Link as RouterDomLink, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { PageHeading } from '../components/page-heading';

/** Unknown addresses. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <RouterLink asComponent={RouterDomLink} to="/">
        {t('notFound.backHome')}
      </RouterLink>
    </>
  );
}

/** The route error boundary: a page that threw while rendering or loading. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <>
      <PageHeading>{t('errorPage.title')}</PageHeading>
      <Paragraph mb="m">{t('errorPage.text')}</Paragraph>
      <RouterLink asComponent={RouterDomLink} to="/">
        {t('notFound.backHome')}
      </RouterLink>
    </>
  );
}
