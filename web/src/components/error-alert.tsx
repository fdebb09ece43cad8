import { InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/graphql-client';
import { errorMessage, type ErrorOverrides } from '../api/error-messages';

/** An API error as a message in the person's language (role="alert" via InlineAlert). */
export function ErrorAlert({
  error,
  overrides,
  children,
}: {
  error: ApiError;
  overrides?: ErrorOverrides;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="error" role="alert" mb="m">
      {errorMessage(t, error, overrides)}
      {children}
    </InlineAlert>
  );
}
