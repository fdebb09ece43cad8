import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  Textarea,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { ReviewPageQuery, ReviewRecommendation } from '../../gql/graphql';
import { RoleGate } from '../admin/admin-parts';

const REVIEW = graphql(`
  query ReviewPage($id: ID!) {
    application(id: $id) {
      id
      academyId
      status
      organisation {
        id
        name
      }
      eligibility {
        criterionId
        outcome
        explanation
      }
      completeness {
        complete
        missing
      }
      consultation {
        id
        notes
        slot {
          startsAt
        }
      }
      reviews {
        id
        status
        recommendation
        comment
        weightedTotal
        reviewer {
          id
          name
          email
        }
        scores {
          criterionId
          score
        }
      }
    }
    me {
      id
    }
    academies {
      id
      title {
        text
      }
      reviewRubric {
        id
        position
        label {
          text
        }
        guidance {
          text
        }
        weight
        scaleMin
        scaleMax
        allowsNotApplicable
      }
    }
  }
`);

const SAVE = graphql(`
  mutation SaveReview($input: SaveReviewInput!) {
    saveReview(input: $input) {
      id
      status
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitReview($input: ReviewApplicationInput!) {
    submitReview(input: $input) {
      id
      status
    }
  }
`);

const NOT_APPLICABLE = 'NA';
const RECOMMENDATIONS: ReviewRecommendation[] = ['ACCEPT', 'RESERVE', 'REJECT'];

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

type Data = ReviewPageQuery;
type Rubric = Data['academies'][number]['reviewRubric'];

function ScoringForm({ data, rubric, reload }: { data: Data; rubric: Rubric; reload: () => void }) {
  const { t } = useTranslation();
  const application = data.application;
  const own = application.reviews.find((review) => review.reviewer.id === data.me.id);
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      (own?.scores ?? []).map((score) => [
        score.criterionId,
        score.score === null ? NOT_APPLICABLE : String(score.score),
      ]),
    ),
  );
  const [comment, setComment] = useState(own?.comment ?? '');
  const [recommendation, setRecommendation] = useState<string>(own?.recommendation ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  if (!own) return <InlineAlert status="warning">{t('review.page.notAssigned')}</InlineAlert>;
  const submitted = own.status === 'SUBMITTED';

  const input = () => ({
    applicationId: application.id,
    scores: Object.entries(scores).map(([criterionId, value]) => ({
      criterionId,
      score: value === NOT_APPLICABLE ? null : Number(value),
    })),
    comment: comment || null,
    recommendation: (recommendation || null) as ReviewRecommendation | null,
  });
  const run = async (submit: boolean) => {
    setError(null);
    setSaved(false);
    try {
      await request(SAVE, { input: input() });
      if (submit) await request(SUBMIT, { input: { applicationId: application.id } });
      setSaved(true);
      reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(false);
      }}
    >
      <Heading variant="h2" mb="s">
        {t('review.page.yourReview')}
      </Heading>
      {submitted && (
        <InlineAlert status="neutral" mb="m">
          {t('review.page.submitted')}
        </InlineAlert>
      )}
      {rubric.map((criterion) => (
        <div key={criterion.id} className="review-criterion">
          <Dropdown
            labelText={`${criterion.label.text} (×${criterion.weight})`}
            hintText={criterion.guidance.text || undefined}
            visualPlaceholder={t('review.page.choose')}
            value={scores[criterion.id] ?? ''}
            disabled={submitted}
            onChange={(value) => setScores((current) => ({ ...current, [criterion.id]: value }))}
          >
            {[
              ...Array.from({ length: criterion.scaleMax - criterion.scaleMin + 1 }, (_, index) => (
                <DropdownItem key={index} value={String(criterion.scaleMin + index)}>
                  {String(criterion.scaleMin + index)}
                </DropdownItem>
              )),
              ...(criterion.allowsNotApplicable
                ? [
                    <DropdownItem key="na" value={NOT_APPLICABLE}>
                      {t('review.page.notApplicable')}
                    </DropdownItem>,
                  ]
                : []),
            ]}
          </Dropdown>
        </div>
      ))}
      <div className="review-field">
        <Dropdown
          labelText={t('review.page.recommendation')}
          visualPlaceholder={t('review.page.choose')}
          value={recommendation}
          disabled={submitted}
          onChange={setRecommendation}
        >
          {RECOMMENDATIONS.map((value) => (
            <DropdownItem key={value} value={value}>
              {t(`review.recommendation.${value}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      <Textarea
        id="review-comment"
        labelText={t('review.page.comment')}
        optionalText={t('review.optional')}
        value={comment}
        disabled={submitted}
        onChange={(event) => setComment(event.target.value)}
      />
      {error && <ErrorAlert error={error} />}
      {saved && (
        <InlineAlert status="neutral" mb="m">
          {t('review.page.saved')}
        </InlineAlert>
      )}
      {!submitted && (
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('review.page.save')}
          </Button>
          <Button type="button" onClick={() => void run(true)}>
            {t('review.page.submit')}
          </Button>
        </div>
      )}
    </form>
  );
}

function OtherReviews({ data, rubric }: { data: Data; rubric: Rubric }) {
  const { t } = useTranslation();
  const others = data.application.reviews.filter((review) => review.reviewer.id !== data.me.id);
  const labels = new Map(rubric.map((criterion) => [criterion.id, criterion.label.text]));
  return (
    <section aria-labelledby="other-reviews" className="other-reviews">
      <Heading variant="h2" id="other-reviews" mb="s">
        {t('review.page.others')}
      </Heading>
      {others.length === 0 ? (
        <Paragraph mb="m">{t('review.page.othersHidden')}</Paragraph>
      ) : (
        <ul className="card-list">
          {others.map((review) => (
            <li key={review.id} className="card" data-testid="other-review">
              <strong>{review.reviewer.name ?? review.reviewer.email}</strong>
              <Paragraph>
                {t(`review.status.${review.status}`)}
                {review.weightedTotal !== null &&
                  ` · ${t('review.page.total', { total: review.weightedTotal })}`}
                {review.recommendation &&
                  ` · ${t(`review.recommendation.${review.recommendation}`)}`}
              </Paragraph>
              <Paragraph>
                {review.scores
                  .map(
                    (score) =>
                      `${labels.get(score.criterionId) ?? ''}: ${score.score ?? t('review.page.notApplicable')}`,
                  )
                  .join(' · ')}
              </Paragraph>
              {review.comment && <Paragraph>{review.comment}</Paragraph>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Review({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const result = useQuery(REVIEW, { id: applicationId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const data = result.data;
  const { application } = data;
  const academy = data.academies.find((candidate) => candidate.id === application.academyId);
  const rubric = academy?.reviewRubric ?? [];
  return (
    <>
      <PageHeading>
        {t('review.page.title', { organisation: application.organisation.name })}
      </PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to="/review">
          {t('review.page.back')}
        </RouterLink>
        {academy ? ` · ${academy.title.text}` : ''}
      </Paragraph>
      <div className="review-layout">
        <section aria-labelledby="review-application">
          <Heading variant="h2" id="review-application" mb="s">
            {t('review.page.application')}
          </Heading>
          <Paragraph mb="s">
            {application.completeness.complete
              ? t('review.page.complete')
              : t('review.page.incomplete', {
                  missing: application.completeness.missing
                    .map((item) => t(`review.missing.${item}`))
                    .join(', '),
                })}
          </Paragraph>
          <Heading variant="h3" mb="xs">
            {t('review.page.eligibility')}
          </Heading>
          {application.eligibility.length === 0 ? (
            <Paragraph mb="m">{t('review.page.noCriteria')}</Paragraph>
          ) : (
            <ul>
              {application.eligibility.map((result) => (
                <li key={result.criterionId}>
                  {t(`review.outcome.${result.outcome}`)}: {result.explanation}
                </li>
              ))}
            </ul>
          )}
          <Heading variant="h3" mb="xs">
            {t('review.page.consultation')}
          </Heading>
          <Paragraph mb="m" data-testid="consultation-notes">
            {application.consultation
              ? (application.consultation.notes ?? t('review.page.noNotes'))
              : t('review.page.noConsultation')}
          </Paragraph>
        </section>
        <section>
          <ScoringForm data={data} rubric={rubric} reload={result.reload} />
          <OtherReviews data={data} rubric={rubric} />
        </section>
      </div>
    </>
  );
}

/** `/review/:applicationId`: the application, its notes and my scoring form side by side. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { applicationId = '' } = useParams();
  return (
    <RoleGate title={t('review.list.title')} roles={['EXPERT']}>
      <Review applicationId={applicationId} />
    </RoleGate>
  );
}

export { ReviewPage as Component };
