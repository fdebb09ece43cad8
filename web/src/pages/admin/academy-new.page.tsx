import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { AcademyForm, academyInput, emptyAcademyForm } from './academy-form';
import { RoleGate } from './admin-parts';

const CREATE_ACADEMY = graphql(`
  mutation AdminCreateAcademy($input: CreateAcademyInput!) {
    createAcademy(input: $input) {
      id
    }
  }
`);

/** `/admin/academies/new`: a new DRAFT academy; then on to its page for criteria and timeline. */
export function AdminAcademyNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RoleGate title={t('admin.academyNew.title')}>
      <PageHeading>{t('admin.academyNew.title')}</PageHeading>
      <Paragraph mb="m">{t('admin.academyNew.intro')}</Paragraph>
      <AcademyForm
        initial={emptyAcademyForm()}
        submitLabel={t('admin.academyNew.submit')}
        onSubmit={async (values) => {
          const { createAcademy } = await request(CREATE_ACADEMY, {
            input: academyInput(values),
          });
          await navigate(`/admin/academies/${createAcademy.id}`);
        }}
      />
    </RoleGate>
  );
}

export { AdminAcademyNewPage as Component };
