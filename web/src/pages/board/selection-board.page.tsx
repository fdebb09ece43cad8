import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Dropdown,
  DropdownItem,
  Heading,
  Link,
  Paragraph,
  RouterLink,
} from 'suomifi-ui-components';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { BoardRanking, SelectionBoardPageQuery } from '../../gql/graphql';
import { RoleGate } from '../admin/admin-parts';
import { useAcademyRef, useKeptQuery } from '../admin/use-admin-academy';
import './board.css';

const BOARD = graphql(`
  query SelectionBoardPage($academyId: ID!, $rankBy: BoardRanking!) {
    selectionBoard(academyId: $academyId, rankBy: $rankBy) {
      rows {
        rank
        application {
          id
        }
        organisation {
          name
          type
          region
        }
        reviews {
          reviewId
          reviewer {
            name
            email
          }
          status
          weightedTotal
        }
        aggregate {
          count
          mean
          median
          stdDev
          accept
          reserve
          reject
        }
        flags {
          noConsultation
          ineligible
          missingReviews
        }
        decision {
          outcome
          reserveRank
        }
      }
      balance {
        accepted
        reserve
        rejected
        capacity
        byOrganisationType {
          key
          count
        }
        byRegion {
          key
          count
        }
        byPilotCategory {
          key
          count
        }
      }
    }
  }
`);

type Board = SelectionBoardPageQuery['selectionBoard'];
type Row = Board['rows'][number];
const RANKINGS: BoardRanking[] = ['MEAN', 'MEDIAN'];

function useFigure() {
  const { i18n } = useTranslation();
  return (value: number | null | undefined) =>
    value === null || value === undefined
      ? '–'
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);
}

function Flags({ row }: { row: Row }) {
  const { t } = useTranslation();
  const flags = [
    row.flags.noConsultation && t('board.flag.noConsultation'),
    row.flags.ineligible && t('board.flag.ineligible'),
    row.flags.missingReviews > 0 &&
      t('board.flag.missingReviews', { count: row.flags.missingReviews }),
  ].filter((flag): flag is string => Boolean(flag));
  if (flags.length === 0) return <>{t('board.flag.none')}</>;
  return (
    <ul className="board-flags">
      {flags.map((flag) => (
        <li key={flag}>{flag}</li>
      ))}
    </ul>
  );
}

function Rows({ academyId, rows }: { academyId: string; rows: Row[] }) {
  const { t } = useTranslation();
  const figure = useFigure();
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="visually-hidden">{t('board.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.column.rank')}</th>
            <th scope="col">{t('board.column.organisation')}</th>
            <th scope="col">{t('board.column.mean')}</th>
            <th scope="col">{t('board.column.median')}</th>
            <th scope="col">{t('board.column.stdDev')}</th>
            <th scope="col">{t('board.column.reviews')}</th>
            <th scope="col">{t('board.column.recommendations')}</th>
            <th scope="col">{t('board.column.flags')}</th>
            <th scope="col">{t('board.column.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.application.id} data-testid="board-row">
              <td>{row.rank ?? '–'}</td>
              <th scope="row">
                <RouterLink
                  asComponent={RouterDomLink}
                  to={`/admin/academies/${academyId}/decisions#${row.application.id}`}
                >
                  {row.organisation.name}
                </RouterLink>
                <br />
                <small>
                  {t(`admin.applications.organisationType.${row.organisation.type}`)}
                  {row.organisation.region ? ` · ${row.organisation.region}` : ''}
                </small>
              </th>
              <td>{figure(row.aggregate.mean)}</td>
              <td>{figure(row.aggregate.median)}</td>
              <td>{figure(row.aggregate.stdDev)}</td>
              <td>
                <ul className="board-reviews">
                  {row.reviews.map((review) => (
                    <li key={review.reviewId}>
                      {review.reviewer.name ?? review.reviewer.email}:{' '}
                      {review.status === 'SUBMITTED'
                        ? figure(review.weightedTotal)
                        : t('board.review.notSubmitted')}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {t('board.recommendations', {
                  accept: row.aggregate.accept,
                  reserve: row.aggregate.reserve,
                  reject: row.aggregate.reject,
                })}
              </td>
              <td>
                <Flags row={row} />
              </td>
              <td>
                {row.decision
                  ? row.decision.outcome === 'RESERVE'
                    ? t('board.decision.reserve', { rank: row.decision.reserveRank })
                    : t(`board.outcome.${row.decision.outcome}`)
                  : t('board.decision.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Groups({
  title,
  groups,
  label,
}: {
  title: string;
  groups: Board['balance']['byRegion'];
  label: (key: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Heading variant="h3" mb="xs">
        {title}
      </Heading>
      {groups.length === 0 ? (
        <Paragraph>{t('board.balance.empty')}</Paragraph>
      ) : (
        <ul>
          {groups.map((group) => (
            <li key={group.key ?? ''}>
              {group.key === null ? t('board.balance.notGiven') : label(group.key)}: {group.count}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Balance({ balance }: { balance: Board['balance'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="balance-heading" className="admin-section">
      <Heading variant="h2" id="balance-heading" mb="s">
        {t('board.balance.title')}
      </Heading>
      <Paragraph mb="s" data-testid="board-balance">
        {t('board.balance.summary', {
          accepted: balance.accepted,
          capacity: balance.capacity,
          reserve: balance.reserve,
          rejected: balance.rejected,
        })}
      </Paragraph>
      <div className="board-balance">
        <Groups
          title={t('board.balance.byOrganisationType')}
          groups={balance.byOrganisationType}
          label={(key) => t(`admin.applications.organisationType.${key}`)}
        />
        <Groups
          title={t('board.balance.byRegion')}
          groups={balance.byRegion}
          label={(key) => key}
        />
        <Groups
          title={t('board.balance.byPilotCategory')}
          groups={balance.byPilotCategory}
          label={(key) => key}
        />
      </div>
    </section>
  );
}

function BoardOf({ id }: { id: string }) {
  const { t } = useTranslation();
  const reference = useAcademyRef(id);
  const [rankBy, setRankBy] = useState<BoardRanking>('MEAN');
  const result = useKeptQuery(BOARD, { academyId: id, rankBy });
  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;
  if (!reference.academy) return <NotFoundPage />;
  const { academy } = reference;
  const csv = `/exports/academies/${encodeURIComponent(id)}/selection-board.csv?rankBy=${rankBy}`;
  return (
    <>
      <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${id}`}>
        {academy.title.text}
      </RouterLink>
      <PageHeading>{t('board.title', { title: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('board.intro')}</Paragraph>
      <div className="admin-filters">
        <Dropdown
          id="board-rank-by"
          labelText={t('board.rankBy')}
          value={rankBy}
          onChange={(value) => setRankBy(value)}
        >
          {RANKINGS.map((ranking) => (
            <DropdownItem key={ranking} value={ranking}>
              {t(`board.ranking.${ranking}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      <ul className="csv-links">
        <li>
          <Link
            href={`${csv}&delimiter=semicolon`}
            download={`${academy.slug}-selection-board.csv`}
          >
            {t('board.csv.semicolon')}
          </Link>
        </li>
        <li>
          <Link href={csv} download={`${academy.slug}-selection-board.csv`}>
            {t('board.csv.comma')}
          </Link>
        </li>
      </ul>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && (
        <>
          <Balance balance={result.data.selectionBoard.balance} />
          <section aria-labelledby="ranking-heading" className="admin-section">
            <Heading variant="h2" id="ranking-heading" mb="s">
              {t('board.ranking.title')}
            </Heading>
            <Paragraph mb="s" role="status">
              {t('board.total', { count: result.data.selectionBoard.rows.length })}
            </Paragraph>
            {result.data.selectionBoard.rows.length > 0 && (
              <Rows academyId={id} rows={result.data.selectionBoard.rows} />
            )}
          </section>
        </>
      )}
    </>
  );
}

/** `/admin/academies/:id/selection`: the ranked board, its flags, the cohort's balance, the CSV. */
export function SelectionBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('board.titlePlain')}>
      <BoardOf id={id} />
    </RoleGate>
  );
}

export { SelectionBoardPage as Component };
