// The organisation page's "the organisation's data" section, for its contacts: asks for an
// export of the organisation (requestOrganisationDataExport); the one-time download link
// comes by e-mail to the contact who asked, and leads to `/my-data/download/:token`.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';

const REQUEST_ORGANISATION_DATA_EXPORT = graphql(`
  mutation RequestOrganisationDataExport($input: RequestOrganisationDataExportInput!) {
    requestOrganisationDataExport(input: $input) {
      id
      status
    }
  }
`);

export function OrganisationDataExport({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [requested, setRequested] = useState(false);

  async function requestExport() {
    setPending(true);
    setError(null);
    try {
      await request(REQUEST_ORGANISATION_DATA_EXPORT, { input: { organisationId } });
      setRequested(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="organisation-export-heading">
      <Heading variant="h2" id="organisation-export-heading" mb="s">
        {t('privacy.organisationExport.title')}
      </Heading>
      <Paragraph mb="m">{t('privacy.organisationExport.text')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      <Button variant="secondary" disabled={pending} onClick={() => void requestExport()}>
        {t('privacy.organisationExport.button')}
      </Button>
      <p role="status" className="profile-status">
        {requested ? t('privacy.organisationExport.requested') : ''}
      </p>
    </section>
  );
}
