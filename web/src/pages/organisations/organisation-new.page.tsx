import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { PageHeading } from '../../components/page-heading';
import { RequireSignIn } from '../../session/require-sign-in';
import { OrganisationForm } from './organisation-form';

/** `/organisations/new`: register an organisation; its creator becomes the contact. */
export function OrganisationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RequireSignIn>
      {() => (
        <>
          <PageHeading>{t('applicant.newOrganisation.title')}</PageHeading>
          <Paragraph mb="m">{t('applicant.newOrganisation.intro')}</Paragraph>
          <OrganisationForm
            onCreated={(organisation) => navigate(`/organisations/${organisation.id}`)}
          />
        </>
      )}
    </RequireSignIn>
  );
}

export { OrganisationNewPage as Component };
