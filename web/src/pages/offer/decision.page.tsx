import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Block, Button, Heading, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { DecisionPageQuery } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';

const DECISION_PAGE = graphql(`
  query DecisionPage($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      title {
        text
      }
    }
    myApplications {
      id
      academyId
      status
      organisation {
        id
        name
      }
      offer {
        id
        status
        seatNo
        fromReserve
        respondedAt
        respondBy {
          text
          zoneName
        }
      }
      reservePosition
    }
  }
`);

const CONFIRM = graphql(`
  mutation ConfirmParticipationFromPage($input: ConfirmParticipationInput!) {
    confirmParticipation(input: $input) {
      id
      status
    }
  }
`);

const DECLINE = graphql(`
  mutation DeclineParticipationFromPage($input: DeclineParticipationInput!) {
    declineParticipation(input: $input) {
      id
      status
    }
  }
`);

type Application = DecisionPageQuery['myApplications'][number];

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** One organisation's offer: its state, the deadline, and confirm / decline while open. */
function OfferCard({
  application,
  slug,
  onChanged,
}: {
  application: Application;
  slug: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const offer = application.offer;
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const id = `offer-${application.id}`;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="decision-card">
      <Heading variant="h2" id={`${id}-title`}>
        {application.organisation.name}
      </Heading>
      {error && <ErrorAlert error={error} />}
      {!offer && application.reservePosition !== null && (
        <Paragraph mb="m">
          {t('offer.reserve', { position: application.reservePosition })}
        </Paragraph>
      )}
      {!offer && application.reservePosition === null && (
        <Paragraph mb="m">{t('offer.none')}</Paragraph>
      )}
      {offer && (
        <>
          <Paragraph mb="s" data-testid="offer-status">
            {t(`offer.status.${offer.status}`)}
            {offer.fromReserve ? ` ${t('offer.fromReserve')}` : ''}
          </Paragraph>
          {offer.status === 'OPEN' && (
            <>
              <Paragraph mb="m">
                {t('offer.respondBy', {
                  deadline: offer.respondBy.text,
                  zone: offer.respondBy.zoneName,
                })}
              </Paragraph>
              <Block className="offer-actions" mb="m">
                <Button
                  onClick={() =>
                    void act(() => request(CONFIRM, { input: { applicationId: application.id } }))
                  }
                >
                  {t('offer.confirm')}
                </Button>{' '}
                <Button variant="secondary" onClick={() => setDeclining(!declining)}>
                  {t('offer.decline')}
                </Button>
              </Block>
              {declining && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    void act(() =>
                      request(DECLINE, {
                        input: { applicationId: application.id, reason: reason || null },
                      }),
                    );
                  }}
                >
                  <Textarea
                    id={`${id}-reason`}
                    labelText={t('offer.reason')}
                    optionalText={t('offer.optional')}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    fullWidth
                  />
                  <Block mt="s">
                    <Button type="submit" variant="secondary">
                      {t('offer.confirmDecline')}
                    </Button>
                  </Block>
                </form>
              )}
            </>
          )}
          {offer.status === 'CONFIRMED' && (
            <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/cohort`}>
              {t('offer.cohortLink')}
            </RouterLink>
          )}
        </>
      )}
    </section>
  );
}

function Decision({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(DECISION_PAGE, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  const applications = result.data.myApplications.filter(
    (application) => application.academyId === academy.id && application.status === 'SUBMITTED',
  );
  return (
    <>
      <PageHeading>{t('offer.title', { academy: academy.title.text })}</PageHeading>
      {applications.length === 0 && <Paragraph mb="m">{t('offer.noApplication')}</Paragraph>}
      {applications.map((application) => (
        <OfferCard
          key={application.id}
          application={application}
          slug={academy.slug}
          onChanged={result.reload}
        />
      ))}
    </>
  );
}

/** `/academies/:slug/decision`: the organisation's offer of a place; confirm or decline. */
export function DecisionPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <Decision slug={slug} />}</RequireSignIn>;
}

export { DecisionPage as Component };
