import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Link,
  Paragraph,
  RouterLink,
  Textarea,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type {
  AdminApplicationsQuery,
  ApplicationStatus,
  EligibilityOutcome,
  OrganisationType,
} from '../../gql/graphql';
import { useSession } from '../../session/session';
import {
  DateTimeInputs,
  RoleGate,
  emptyDateTime,
  fieldStatus,
  localInput,
  type LocalDateTime,
} from './admin-parts';
import { useAcademyRef, useKeptQuery } from './use-admin-academy';

const PAGE_SIZE = 50;

const APPLICATIONS = graphql(`
  query AdminApplications(
    $academyId: ID!
    $status: ApplicationStatus
    $complete: Boolean
    $eligibility: EligibilityOutcome
    $organisationType: OrganisationType
    $limit: Int!
    $offset: Int!
  ) {
    applications(
      academyId: $academyId
      status: $status
      complete: $complete
      eligibility: $eligibility
      organisationType: $organisationType
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        id
        status
        organisation {
          id
          name
          businessId
          type
        }
        completeness {
          complete
          missing
        }
        eligibility {
          outcome
        }
        deadline {
          text
        }
      }
    }
  }
`);

const GRANT_EXTENSION = graphql(`
  mutation AdminGrantDeadlineExtension($input: GrantDeadlineExtensionInput!) {
    grantDeadlineExtension(input: $input) {
      applicationId
      until
    }
  }
`);

const STATUSES: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'];
const OUTCOMES: EligibilityOutcome[] = ['MET', 'NEEDS_REVIEW', 'NOT_MET'];
const ORGANISATION_TYPES: OrganisationType[] = [
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
const ANY = 'ANY';

type Application = AdminApplicationsQuery['applications']['items'][number];

/** As the API's `eligibility` filter: NOT_MET beats NEEDS_REVIEW beats MET. */
function overall(application: Application): EligibilityOutcome {
  const outcomes = application.eligibility.map((result) => result.outcome);
  if (outcomes.includes('NOT_MET')) return 'NOT_MET';
  if (outcomes.includes('NEEDS_REVIEW')) return 'NEEDS_REVIEW';
  return 'MET';
}

interface Filters {
  status: string;
  complete: string;
  eligibility: string;
  organisationType: string;
}

function FilterDropdown({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: Array<[string, string]>;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dropdown id={id} labelText={label} value={value} onChange={onChange}>
      {[[ANY, t('admin.applications.filter.any')] as [string, string], ...options].map(
        ([option, text]) => (
          <DropdownItem key={option} value={option}>
            {text}
          </DropdownItem>
        ),
      )}
    </Dropdown>
  );
}

function ExtensionForm({
  application,
  onGranted,
  onClose,
}: {
  application: Application;
  onGranted: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [until, setUntil] = useState<LocalDateTime>(emptyDateTime());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const id = `extension-${application.id}`;
  return (
    <form
      className="admin-form"
      noValidate
      aria-label={t('admin.applications.extension.formLabel', {
        organisation: application.organisation.name,
      })}
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        request(GRANT_EXTENSION, {
          input: { applicationId: application.id, until: localInput(until), reason: reason.trim() },
        }).then(onGranted, (caught: unknown) =>
          setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught))),
        );
      }}
    >
      {error && <ErrorAlert error={error} />}
      <DateTimeInputs
        id={`${id}-until`}
        label={t('admin.applications.extension.until')}
        value={until}
        onChange={setUntil}
        error={error}
        field="input.until"
      />
      <Textarea
        id={`${id}-reason`}
        labelText={t('admin.applications.extension.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        fullWidth
        {...fieldStatus(error, 'input.reason')}
      />
      <div className="admin-actions">
        <Button type="submit">{t('admin.applications.extension.grant')}</Button>
        <Button variant="secondary" onClick={onClose}>
          {t('admin.confirm.back')}
        </Button>
      </div>
    </form>
  );
}

function ApplicationRows({
  items,
  isAdmin,
  onChanged,
}: {
  items: Application[];
  isAdmin: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [extending, setExtending] = useState<string | null>(null);
  const [granted, setGranted] = useState<string | null>(null);
  return (
    <div className="admin-table-wrap">
      {granted && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('admin.applications.extension.granted', { organisation: granted })}
        </InlineAlert>
      )}
      <table className="admin-table">
        <caption className="visually-hidden">{t('admin.applications.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.applications.column.organisation')}</th>
            <th scope="col">{t('admin.applications.column.status')}</th>
            <th scope="col">{t('admin.applications.column.complete')}</th>
            <th scope="col">{t('admin.applications.column.eligibility')}</th>
            <th scope="col">{t('admin.applications.column.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((application) => (
            <tr key={application.id} data-testid="application-row">
              <td>
                {application.organisation.name}
                <br />
                <small>
                  {application.organisation.businessId &&
                    `${application.organisation.businessId} · `}
                  {t(`admin.applications.organisationType.${application.organisation.type}`)}
                </small>
              </td>
              <td>{t(`admin.applications.status.${application.status}`)}</td>
              <td>
                {application.completeness.complete
                  ? t('admin.applications.yes')
                  : t('admin.applications.no')}
              </td>
              <td>{t(`admin.applications.eligibility.${overall(application)}`)}</td>
              <td>
                {application.deadline.text}
                {isAdmin && extending !== application.id && (
                  <div>
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t('admin.applications.extension.openNamed', {
                        organisation: application.organisation.name,
                      })}
                      onClick={() => {
                        setGranted(null);
                        setExtending(application.id);
                      }}
                    >
                      {t('admin.applications.extension.open')}
                    </Button>
                  </div>
                )}
                {extending === application.id && (
                  <ExtensionForm
                    application={application}
                    onClose={() => setExtending(null)}
                    onGranted={() => {
                      setExtending(null);
                      setGranted(application.organisation.name);
                      onChanged();
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Applications({ academyId, isAdmin }: { academyId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({
    status: ANY,
    complete: ANY,
    eligibility: ANY,
    organisationType: ANY,
  });
  const [offset, setOffset] = useState(0);
  const chosen = (value: string) => (value === ANY ? undefined : value);
  const result = useKeptQuery(APPLICATIONS, {
    academyId,
    status: chosen(filters.status) as ApplicationStatus | undefined,
    complete: filters.complete === ANY ? undefined : filters.complete === 'yes',
    eligibility: chosen(filters.eligibility) as EligibilityOutcome | undefined,
    organisationType: chosen(filters.organisationType) as OrganisationType | undefined,
    limit: PAGE_SIZE,
    offset,
  });
  const setFilter = (key: keyof Filters) => (value: string) => {
    setOffset(0);
    setFilters((previous) => ({ ...previous, [key]: value }));
  };
  return (
    <>
      <section aria-labelledby="filters-heading">
        <Heading variant="h2" id="filters-heading" mb="s">
          {t('admin.applications.filter.title')}
        </Heading>
        <div className="admin-filters">
          <FilterDropdown
            id="filter-status"
            label={t('admin.applications.filter.status')}
            value={filters.status}
            options={STATUSES.map((status) => [status, t(`admin.applications.status.${status}`)])}
            onChange={setFilter('status')}
          />
          <FilterDropdown
            id="filter-complete"
            label={t('admin.applications.filter.complete')}
            value={filters.complete}
            options={[
              ['yes', t('admin.applications.filter.completeYes')],
              ['no', t('admin.applications.filter.completeNo')],
            ]}
            onChange={setFilter('complete')}
          />
          <FilterDropdown
            id="filter-eligibility"
            label={t('admin.applications.filter.eligibility')}
            value={filters.eligibility}
            options={OUTCOMES.map((outcome) => [
              outcome,
              t(`admin.applications.eligibility.${outcome}`),
            ])}
            onChange={setFilter('eligibility')}
          />
          <FilterDropdown
            id="filter-organisation-type"
            label={t('admin.applications.filter.organisationType')}
            value={filters.organisationType}
            options={ORGANISATION_TYPES.map((type) => [
              type,
              t(`admin.applications.organisationType.${type}`),
            ])}
            onChange={setFilter('organisationType')}
          />
        </div>
      </section>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && (
        <>
          <Paragraph mb="s" role="status" data-testid="applications-total">
            {t('admin.applications.total', { count: result.data.applications.total })}
          </Paragraph>
          {result.data.applications.items.length > 0 && (
            <ApplicationRows
              items={result.data.applications.items}
              isAdmin={isAdmin}
              onChanged={result.reload}
            />
          )}
          <div className="admin-actions">
            {offset > 0 && (
              <Button variant="secondary" onClick={() => setOffset(offset - PAGE_SIZE)}>
                {t('admin.applications.previous')}
              </Button>
            )}
            {offset + PAGE_SIZE < result.data.applications.total && (
              <Button variant="secondary" onClick={() => setOffset(offset + PAGE_SIZE)}>
                {t('admin.applications.next')}
              </Button>
            )}
          </div>
        </>
      )}
    </>
  );
}

/** The CSV export is a plain link: the browser sends the session cookie with it. */
function CsvDownloads({ academyId, slug }: { academyId: string; slug: string }) {
  const { t } = useTranslation();
  const base = `/exports/academies/${encodeURIComponent(academyId)}/applications.csv`;
  return (
    <section aria-labelledby="csv-heading" className="admin-section">
      <Heading variant="h2" id="csv-heading" mb="s">
        {t('admin.applications.csv.title')}
      </Heading>
      <Paragraph mb="s">{t('admin.applications.csv.intro')}</Paragraph>
      <ul className="csv-links">
        <li>
          <Link href={`${base}?delimiter=semicolon`} download={`${slug}-applications.csv`}>
            {t('admin.applications.csv.semicolon')}
          </Link>
        </li>
        <li>
          <Link href={base} download={`${slug}-applications.csv`}>
            {t('admin.applications.csv.comma')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function ApplicationsOf({ id }: { id: string }) {
  const { t } = useTranslation();
  const { person } = useSession();
  const reference = useAcademyRef(id);
  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;
  if (!reference.academy) return <NotFoundPage />;
  const { academy } = reference;
  const isAdmin = person?.roles.includes('ADMIN') ?? false;
  return (
    <>
      <RouterLink asComponent={RouterDomLink} to={isAdmin ? `/admin/academies/${id}` : '/'}>
        {isAdmin ? academy.title.text : t('academy.backToList')}
      </RouterLink>
      <PageHeading>{t('admin.applications.title', { title: academy.title.text })}</PageHeading>
      <Paragraph mb="m">
        {t('admin.applications.zoneNote', { timeZone: academy.timeZone })}
      </Paragraph>
      {isAdmin && <CsvDownloads academyId={id} slug={academy.slug} />}
      <Applications academyId={id} isAdmin={isAdmin} />
    </>
  );
}

/** `/admin/academies/:id/applications`: filters, the CSV download, deadline extensions. */
export function AdminApplicationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('admin.applications.titlePlain')} roles={['ADMIN', 'EXPERT']}>
      <ApplicationsOf id={id} />
    </RoleGate>
  );
}

export { AdminApplicationsPage as Component };
