import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import type { OrganisationType } from '../../gql/graphql';
import { businessIdProblem } from './business-id';

const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
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
  'COMPANY',
  'EDUCATIONAL_INSTITUTION',
  'ASSOCIATION',
  'RESEARCH_ORGANISATION',
  'INDIVIDUAL',
];

/**
 * A person and an association may go without a Y-tunnus (the API's
 * BUSINESS_ID_OPTIONAL_TYPES); a person is never asked for a personal identity code.
 */
export const businessIdOptional = (type: OrganisationType): boolean =>
  type === 'INDIVIDUAL' || type === 'ASSOCIATION';

/** The fields the API names in its errors, and where each shows. */
const FIELDS = [
  'input.name',
  'input.businessId',
  'input.associationRegisterNumber',
  'input.type',
  'input.region',
] as const;

/** Registers an organisation (its creator becomes the contact), then calls `onCreated`. */
export function OrganisationForm({
  onCreated,
  initialType = 'MUNICIPALITY',
}: {
  onCreated: (organisation: { id: string; name: string }) => void | Promise<void>;
  initialType?: OrganisationType;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [registerNumber, setRegisterNumber] = useState('');
  const [type, setType] = useState<OrganisationType>(initialType);
  const [region, setRegion] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  const optional = businessIdOptional(type);
  const association = type === 'ASSOCIATION';
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
          businessId: businessId.trim() || null,
          associationRegisterNumber: association ? registerNumber.trim() || null : null,
          type,
          region: region.trim() || null,
        },
      });
      await onCreated(createOrganisation);
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
          labelText={
            type === 'INDIVIDUAL'
              ? t('applicant.newOrganisation.personName')
              : t('applicant.newOrganisation.name')
          }
          name="name"
          autoComplete={type === 'INDIVIDUAL' ? 'name' : 'organization'}
          value={name}
          onChange={(value) => setName(String(value ?? ''))}
          status={error?.fieldMessage('input.name') ? 'error' : 'default'}
          statusText={error?.fieldMessage('input.name')}
          fullWidth
          mb="m"
        />
        <TextInput
          labelText={t('applicant.newOrganisation.businessId')}
          optionalText={optional ? t('applicant.optional') : undefined}
          hintText={
            type === 'INDIVIDUAL'
              ? t('applicant.newOrganisation.businessIdHintIndividual')
              : t('applicant.newOrganisation.businessIdHint')
          }
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
        {association && (
          <TextInput
            labelText={t('applicant.newOrganisation.registerNumber')}
            optionalText={t('applicant.optional')}
            hintText={t('applicant.newOrganisation.registerNumberHint')}
            name="associationRegisterNumber"
            value={registerNumber}
            onChange={(value) => setRegisterNumber(String(value ?? ''))}
            status={error?.fieldMessage('input.associationRegisterNumber') ? 'error' : 'default'}
            statusText={error?.fieldMessage('input.associationRegisterNumber')}
            fullWidth
            mb="m"
          />
        )}
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
