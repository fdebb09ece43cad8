import { LoadingSpinner } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return <LoadingSpinner text={t('common.loading')} textAlign="right" variant="small" />;
}
