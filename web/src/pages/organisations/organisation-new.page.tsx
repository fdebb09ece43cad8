import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { OrganisationType } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';
import { businessIdProblem } from './business-id';

const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

export const ORGANISATION_TYPES: OrganisationType[] = [
  'MUNICIPALITY',
  'JOINT_MUNICIPAL_AUTHORITY',
  'WELLBEING_SERVICES_COUNTY',
  'STATE_AGENCY',
  'PARISH',
  'IN_HOUSE_COMPANY',
  'OTHER_CONTRACTING_ENTITY',
];

/** The fields the API names in its errors, and where each shows. */
const FIELDS = ['input.name', 'input.businessId', 'input.type', 'input.region'] as const;

function NewOrganisationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [type, setType] = useState<OrganisationType>('MUNICIPALITY');
  const [region, setRegion] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  // Checked as typed; the API checks again (and says whether the ID is taken).
  const problem = businessIdProblem(businessId);
  const businessIdError = problem
    ? t(`applicant.newOrganisation.businessIdProblem.${problem}`)
    : error?.fieldMessage('input.businessId');

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (problem) return;
    setPending(true);
    setError(null);
    try {
      const { createOrganisation } = await request(CREATE_ORGANISATION, {
        input: {
          name: name.trim(),
          businessId: businessId.trim(),
          type,
          region: region.trim() || null,
        },
      });
      await navigate(`/organisations/${createOrganisation.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
    }
  }

  // A message that belongs to no field shown here goes on top.
  const generalError =
    error && !FIELDS.some((field) => error.fieldMessage(field) !== undefined) ? error : null;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="stack">
      <div>
        {generalError && <ErrorAlert error={generalError} />}
        <TextInput
          labelText={t('applicant.newOrganisation.name')}
          name="name"
          autoComplete="organization"
          value={name}
          onChange={(value) => setName(String(value ?? ''))}
          status={error?.fieldMessage('input.name') ? 'error' : 'default'}
          statusText={error?.fieldMessage('input.name')}
          fullWidth
          mb="m"
        />
        <TextInput
          labelText={t('applicant.newOrganisation.businessId')}
          hintText={t('applicant.newOrganisation.businessIdHint')}
          name="businessId"
          value={businessId}
          onChange={(value) => {
            setBusinessId(String(value ?? ''));
            if (error?.fieldMessage('input.businessId')) setError(null);
          }}
          status={businessIdError ? 'error' : 'default'}
          statusText={businessIdError}
          fullWidth
          mb="m"
        />
        <Dropdown
          labelText={t('applicant.newOrganisation.type')}
          name="type"
          value={type}
          onChange={(value) => setType(value)}
          status={error?.fieldMessage('input.type') ? 'error' : 'default'}
          statusText={error?.fieldMessage('input.type')}
          fullWidth
          mb="m"
        >
          {ORGANISATION_TYPES.map((option) => (
            <DropdownItem key={option} value={option}>
              {t(`applicant.organisationType.${option}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <TextInput
          labelText={t('applicant.newOrganisation.region')}
          optionalText={t('applicant.optional')}
          name="region"
          value={region}
          onChange={(value) => setRegion(String(value ?? ''))}
          status={error?.fieldMessage('input.region') ? 'error' : 'default'}
          statusText={error?.fieldMessage('input.region')}
          fullWidth
          mb="m"
        />
        <Button type="submit" disabled={pending}>
          {t('applicant.newOrganisation.submit')}
        </Button>
      </div>
    </form>
  );
}

/** `/organisations/new`: register an organisation; its creator becomes the contact. */
export function OrganisationNewPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {() => (
        <>
          <PageHeading>{t('applicant.newOrganisation.title')}</PageHeading>
          <Paragraph mb="m">{t('applicant.newOrganisation.intro')}</Paragraph>
          <NewOrganisationForm />
        </>
      )}
    </RequireSignIn>
  );
}

export { OrganisationNewPage as Component };
