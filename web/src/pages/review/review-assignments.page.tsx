import { useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RoleGate } from '../admin/admin-parts';

const ASSIGNMENTS = graphql(`
  query ReviewAssignmentsPage {
    myReviewAssignments {
      id
      academyId
      status
      application {
        id
        organisation {
          id
          name
        }
      }
    }
    myConflictsOfInterest {
      organisationId
      organisationName
      reason
    }
    academies {
      id
      title {
        text
      }
    }
  }
`);

const DECLARE = graphql(`
  mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {
    declareConflictOfInterest(input: $input) {
      organisationId
    }
  }
`);

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function Assignments() {
  const { t } = useTranslation();
  const result = useQuery(ASSIGNMENTS, {});
  const [organisationId, setOrganisationId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [declared, setDeclared] = useState(false);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { myReviewAssignments: assignments, myConflictsOfInterest: conflicts } = result.data;
  const titles = new Map(result.data.academies.map((academy) => [academy.id, academy.title.text]));
  const organisations = new Map(
    assignments.map((review) => [
      review.application.organisation.id,
      review.application.organisation.name,
    ]),
  );

  const declare = async () => {
    setError(null);
    setDeclared(false);
    try {
      await request(DECLARE, { input: { organisationId, reason: reason || null } });
      setDeclared(true);
      setOrganisationId('');
      setReason('');
      result.reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <>
      {assignments.length === 0 ? (
        <Paragraph mb="m">{t('review.list.empty')}</Paragraph>
      ) : (
        <ul className="card-list">
          {assignments.map((review) => (
            <li key={review.id} className="card" data-testid="review-assignment">
              <RouterLink asComponent={RouterDomLink} to={`/review/${review.application.id}`}>
                {review.application.organisation.name}
              </RouterLink>
              <Paragraph>
                {titles.get(review.academyId) ?? ''} · {t(`review.status.${review.status}`)}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      <Heading variant="h2" mb="s">
        {t('review.conflicts.title')}
      </Heading>
      <Paragraph mb="s">{t('review.conflicts.intro')}</Paragraph>
      {conflicts.length > 0 && (
        <ul className="card-list">
          {conflicts.map((conflict) => (
            <li key={conflict.organisationId} className="card" data-testid="conflict">
              {conflict.organisationName}
              {conflict.reason ? ` · ${conflict.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorAlert error={error} />}
      {declared && (
        <InlineAlert status="neutral" mb="m">
          {t('review.conflicts.declared')}
        </InlineAlert>
      )}
      {organisations.size > 0 && (
        <>
          <Dropdown
            labelText={t('review.conflicts.organisation')}
            visualPlaceholder={t('review.conflicts.choose')}
            value={organisationId}
            onChange={setOrganisationId}
          >
            {[...organisations].map(([id, name]) => (
              <DropdownItem key={id} value={id}>
                {name}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput
            id="conflict-reason"
            labelText={t('review.conflicts.reason')}
            optionalText={t('review.optional')}
            value={reason}
            onChange={(value) => setReason(String(value ?? ''))}
          />
          <Button disabled={!organisationId} onClick={() => void declare()}>
            {t('review.conflicts.declare')}
          </Button>
        </>
      )}
    </>
  );
}

/** `/review`: my review assignments in every academy, and my conflicts of interest. */
export function ReviewAssignmentsPage() {
  const { t } = useTranslation();
  return (
    <RoleGate title={t('review.list.title')} roles={['EXPERT']}>
      <PageHeading>{t('review.list.title')}</PageHeading>
      <Assignments />
    </RoleGate>
  );
}

export { ReviewAssignmentsPage as Component };
