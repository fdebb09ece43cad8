import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RoleGate } from '../admin/admin-parts';
import { useAcademyRef, useKeptQuery } from '../admin/use-admin-academy';
import {
  BulkAssignment,
  ManualAssignment,
  REVIEWERS_ASSIGNMENTS,
  ReviewerLoads,
} from './reviewer-assignments';
import { RubricEditor, type RubricCriterionData } from './rubric-editor';
import './reviewers.css';

const REVIEWERS_RUBRIC = graphql(`
  query ReviewersRubric($slug: String!) {
    academy(slug: $slug) {
      id
      reviewRubric {
        id
        position
        weight
        scaleMin
        scaleMax
        allowsNotApplicable
        label {
          fi
          sv
          en
          text
        }
        guidance {
          fi
          sv
          en
          text
        }
      }
    }
  }
`);

type Criterion = RubricCriterionData & {
  position: number;
  label: { text: string };
  guidance: { text: string };
};

/** The saved rubric as the reviewers read it, in the reader's language. */
function RubricView({ criteria, locked }: { criteria: Criterion[]; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const weight = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="rubric-heading" className="admin-section">
      <Heading variant="h2" id="rubric-heading" mb="s">
        {t('reviewers.rubric.title')}
      </Heading>
      {locked && (
        <InlineAlert status="warning" mb="m">
          {t('reviewers.rubric.locked')}
        </InlineAlert>
      )}
      {criteria.length === 0 ? (
        <Paragraph>{t('reviewers.rubric.empty')}</Paragraph>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="rubric-view">
            <caption className="visually-hidden">{t('reviewers.rubric.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewers.rubric.column.number')}</th>
                <th scope="col">{t('reviewers.rubric.column.label')}</th>
                <th scope="col">{t('reviewers.rubric.column.weight')}</th>
                <th scope="col">{t('reviewers.rubric.column.scale')}</th>
                <th scope="col">{t('reviewers.rubric.column.notApplicable')}</th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <td>{criterion.position}</td>
                  <th scope="row">
                    {criterion.label.text}
                    {criterion.guidance.text && (
                      <>
                        <br />
                        <small>{criterion.guidance.text}</small>
                      </>
                    )}
                  </th>
                  <td>{weight.format(criterion.weight)}</td>
                  <td>
                    {t('reviewers.rubric.scale', {
                      min: criterion.scaleMin,
                      max: criterion.scaleMax,
                    })}
                  </td>
                  <td>
                    {criterion.allowsNotApplicable
                      ? t('reviewers.rubric.yes')
                      : t('reviewers.rubric.no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ReviewersOf({ id, slug, title }: { id: string; slug: string; title: string }) {
  const { t } = useTranslation();
  const rubric = useKeptQuery(REVIEWERS_RUBRIC, { slug });
  const assignments = useKeptQuery(REVIEWERS_ASSIGNMENTS, { academyId: id });
  // The API refuses a new rubric once a review is submitted; say so before anyone tries.
  const locked =
    assignments.status === 'done' &&
    assignments.data.reviewerLoads.some((load) => load.submitted > 0);
  return (
    <>
      <div className="admin-actions">
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${id}`}>
          {title}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${id}/selection`}>
          {t('reviewers.links.board')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${id}/decisions`}>
          {t('reviewers.links.decisions')}
        </RouterLink>
      </div>
      <PageHeading>{t('reviewers.title', { title })}</PageHeading>
      <Paragraph mb="m">{t('reviewers.intro')}</Paragraph>
      {rubric.status === 'loading' && <Loading />}
      {rubric.status === 'error' && <ErrorAlert error={rubric.error} />}
      {rubric.status === 'done' &&
        (rubric.data.academy ? (
          <>
            <RubricView criteria={rubric.data.academy.reviewRubric} locked={locked} />
            <RubricEditor
              academyId={id}
              criteria={rubric.data.academy.reviewRubric}
              onSaved={rubric.reload}
            />
          </>
        ) : (
          <NotFoundPage />
        ))}
      {assignments.status === 'loading' && <Loading />}
      {assignments.status === 'error' && <ErrorAlert error={assignments.error} />}
      {assignments.status === 'done' && (
        <>
          <ReviewerLoads loads={assignments.data.reviewerLoads} />
          <BulkAssignment academyId={id} data={assignments.data} onChanged={assignments.reload} />
          <ManualAssignment data={assignments.data} onChanged={assignments.reload} />
        </>
      )}
    </>
  );
}

function ReviewersPageBody({ id }: { id: string }) {
  const reference = useAcademyRef(id);
  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;
  if (!reference.academy) return <NotFoundPage />;
  return <ReviewersOf id={id} slug={reference.academy.slug} title={reference.academy.title.text} />;
}

/**
 * `/admin/academies/:id/reviewers`: the review rubric (view and edit), the experts' loads,
 * bulk assignment and assignment by hand per submitted application.
 */
export function ReviewersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('reviewers.titlePlain')}>
      <ReviewersPageBody id={id} />
    </RoleGate>
  );
}

export { ReviewersPage as Component };
