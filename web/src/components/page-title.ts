import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<page> – Akatemia" (the service name alone when no page title). */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const service = t('app.serviceName');
  useEffect(() => {
    document.title = title ? `${title} – ${service}` : service;
  }, [title, service]);
}
