// Who reviews what in one academy: each expert's load (`reviewerLoads`), a bulk assignment
// over every submitted application (`assignReviewers`), and per application by hand
// (`assignReviewer`, `unassignReviewer`).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import type { ReviewersAssignmentsQuery } from '../../gql/graphql';
import { fieldStatus } from '../admin/admin-parts';

export const REVIEWERS_ASSIGNMENTS = graphql(`
  query ReviewersAssignments($academyId: ID!) {
    reviewerLoads(academyId: $academyId) {
      reviewer {
        id
        name
        email
      }
      assigned
      submitted
    }
    users(role: EXPERT, limit: 100) {
      items {
        id
        name
        email
      }
    }
    applications(academyId: $academyId, status: SUBMITTED, limit: 100) {
      total
      items {
        id
        organisation {
          name
        }
        reviews {
          id
          status
          reviewer {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const ASSIGN_REVIEWERS = graphql(`
  mutation ReviewersAssignBulk($input: AssignReviewersInput!) {
    assignReviewers(input: $input) {
      created {
        id
      }
      unfilledApplicationIds
    }
  }
`);

const ASSIGN_REVIEWER = graphql(`
  mutation ReviewersAssignOne($input: AssignReviewerInput!) {
    assignReviewer(input: $input) {
      id
    }
  }
`);

const UNASSIGN_REVIEWER = graphql(`
  mutation ReviewersUnassignOne($input: AssignReviewerInput!) {
    unassignReviewer(input: $input)
  }
`);

type Data = ReviewersAssignmentsQuery;
type Application = Data['applications']['items'][number];

const apiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));
const nameOf = (person: { name?: string | null; email: string }) => person.name ?? person.email;

export function ReviewerLoads({ loads }: { loads: Data['reviewerLoads'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="loads-heading" className="admin-section">
      <Heading variant="h2" id="loads-heading" mb="s">
        {t('reviewers.loads.title')}
      </Heading>
      {loads.length === 0 ? (
        <Paragraph>{t('reviewers.loads.empty')}</Paragraph>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="reviewer-loads">
            <caption className="visually-hidden">{t('reviewers.loads.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewers.loads.column.reviewer')}</th>
                <th scope="col">{t('reviewers.loads.column.assigned')}</th>
                <th scope="col">{t('reviewers.loads.column.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {loads.map((load) => (
                <tr key={load.reviewer.id}>
                  <th scope="row">{nameOf(load.reviewer)}</th>
                  <td>{load.assigned}</td>
                  <td>{load.submitted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function BulkAssignment({
  academyId,
  data,
  onChanged,
}: {
  academyId: string;
  data: Data;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [perApplication, setPerApplication] = useState('2');
  const [error, setError] = useState<ApiError | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const [result, setResult] = useState<{ created: number; unfilled: string[] } | null>(null);
  const experts = data.users.items;
  const organisationOf = new Map(
    data.applications.items.map((application) => [application.id, application.organisation.name]),
  );

  async function assign() {
    setError(null);
    setResult(null);
    setNoneChosen(chosen.length === 0);
    if (chosen.length === 0) return;
    try {
      const { assignReviewers } = await request(ASSIGN_REVIEWERS, {
        input: {
          academyId,
          expertIds: chosen,
          perApplication: Number(perApplication.trim()) || 0,
        },
      });
      setResult({
        created: assignReviewers.created.length,
        unfilled: assignReviewers.unfilledApplicationIds,
      });
      onChanged();
    } catch (caught) {
      setError(apiError(caught));
    }
  }

  return (
    <section aria-labelledby="bulk-heading" className="admin-section">
      <Heading variant="h2" id="bulk-heading" mb="s">
        {t('reviewers.bulk.title')}
      </Heading>
      <Paragraph mb="s">{t('reviewers.bulk.intro')}</Paragraph>
      {experts.length === 0 ? (
        <Paragraph mb="s">{t('reviewers.bulk.noExperts')}</Paragraph>
      ) : (
        <CheckboxGroup
          id="bulk-experts"
          labelText={t('reviewers.bulk.experts')}
          groupStatus={noneChosen || error?.fieldMessage('input.expertIds') ? 'error' : 'default'}
          groupStatusText={
            noneChosen
              ? t('reviewers.bulk.chooseExperts')
              : (error?.fieldMessage('input.expertIds') ?? '')
          }
          mb="m"
        >
          {experts.map((expert) => (
            <Checkbox
              key={expert.id}
              id={`bulk-expert-${expert.id}`}
              checked={chosen.includes(expert.id)}
              onClick={({ checkboxState }) => {
                setNoneChosen(false);
                setChosen((current) =>
                  checkboxState
                    ? [...current, expert.id]
                    : current.filter((id) => id !== expert.id),
                );
              }}
            >
              {expert.name ? `${expert.name} (${expert.email})` : expert.email}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      <div className="admin-form">
        <TextInput
          id="bulk-per-application"
          labelText={t('reviewers.bulk.perApplication')}
          inputMode="numeric"
          value={perApplication}
          onChange={(value) => setPerApplication(String(value ?? ''))}
          {...fieldStatus(error, 'input.perApplication')}
        />
      </div>
      {error && <ErrorAlert error={error} />}
      {result && (
        <InlineAlert status="neutral" role="status" mb="m" data-testid="bulk-result">
          <Paragraph>{t('reviewers.bulk.created', { count: result.created })}</Paragraph>
          {result.unfilled.length === 0 ? (
            <Paragraph>{t('reviewers.bulk.allFilled')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('reviewers.bulk.unfilled')}</Paragraph>
              <ul>
                {result.unfilled.map((id) => (
                  <li key={id}>{organisationOf.get(id) ?? id}</li>
                ))}
              </ul>
            </>
          )}
        </InlineAlert>
      )}
      <div className="admin-actions">
        <Button id="bulk-assign" onClick={() => void assign()}>
          {t('reviewers.bulk.assign')}
        </Button>
      </div>
    </section>
  );
}

interface RowOutcome {
  applicationId: string;
  error?: ApiError;
  notice?: string;
}

function ApplicationRow({
  application,
  experts,
  outcome,
  onAssign,
  onUnassign,
}: {
  application: Application;
  experts: Data['users']['items'];
  outcome: RowOutcome | null;
  onAssign: (expertId: string) => Promise<void>;
  onUnassign: (expertId: string, name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [expertId, setExpertId] = useState('');
  const organisation = application.organisation.name;
  const onIt = new Set(application.reviews.map((review) => review.reviewer.id));
  const free = experts.filter((expert) => !onIt.has(expert.id));
  return (
    <tr data-testid="application-reviewers">
      <th scope="row">{organisation}</th>
      <td>
        {application.reviews.length === 0 ? (
          t('reviewers.manual.none')
        ) : (
          <ul className="reviewer-list">
            {application.reviews.map((review) => {
              const name = nameOf(review.reviewer);
              return (
                <li key={review.id}>
                  {t('reviewers.manual.reviewer', {
                    name,
                    status: t(`reviewers.status.${review.status}`),
                  })}{' '}
                  {review.status !== 'SUBMITTED' && (
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t('reviewers.manual.unassignLabel', { name, organisation })}
                      onClick={() => void onUnassign(review.reviewer.id, name)}
                    >
                      {t('reviewers.manual.unassign')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {outcome?.notice && <Paragraph role="status">{outcome.notice}</Paragraph>}
        {outcome?.error && <ErrorAlert error={outcome.error} />}
      </td>
      <td>
        {free.length > 0 && (
          <div className="manual-assign">
            <Dropdown
              id={`assign-${application.id}`}
              labelText={t('reviewers.manual.expert', { organisation })}
              visualPlaceholder={t('reviewers.manual.choose')}
              value={expertId}
              onChange={setExpertId}
            >
              {free.map((expert) => (
                <DropdownItem key={expert.id} value={expert.id}>
                  {nameOf(expert)}
                </DropdownItem>
              ))}
            </Dropdown>
            <Button
              variant="secondary"
              disabled={!expertId}
              aria-label={t('reviewers.manual.assignLabel', { organisation })}
              onClick={() => void onAssign(expertId).then(() => setExpertId(''))}
            >
              {t('reviewers.manual.assign')}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}

export function ManualAssignment({ data, onChanged }: { data: Data; onChanged: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<RowOutcome | null>(null);
  const { items, total } = data.applications;

  async function run(application: Application, change: () => Promise<unknown>, notice: string) {
    setOutcome(null);
    try {
      await change();
      setOutcome({ applicationId: application.id, notice });
      onChanged();
    } catch (caught) {
      setOutcome({ applicationId: application.id, error: apiError(caught) });
    }
  }

  return (
    <section aria-labelledby="manual-heading" className="admin-section">
      <Heading variant="h2" id="manual-heading" mb="s">
        {t('reviewers.manual.title')}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{t('reviewers.manual.empty')}</Paragraph>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">{t('reviewers.manual.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviewers.manual.column.organisation')}</th>
                <th scope="col">{t('reviewers.manual.column.reviewers')}</th>
                <th scope="col">{t('reviewers.manual.column.assign')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((application) => {
                const organisation = application.organisation.name;
                const input = (expertId: string) => ({
                  input: { applicationId: application.id, expertId },
                });
                return (
                  <ApplicationRow
                    key={application.id}
                    application={application}
                    experts={data.users.items}
                    outcome={outcome?.applicationId === application.id ? outcome : null}
                    onAssign={(expertId) => {
                      const expert = data.users.items.find((user) => user.id === expertId);
                      return run(
                        application,
                        () => request(ASSIGN_REVIEWER, input(expertId)),
                        t('reviewers.manual.assigned', {
                          name: expert ? nameOf(expert) : '',
                          organisation,
                        }),
                      );
                    }}
                    onUnassign={(expertId, name) =>
                      run(
                        application,
                        () => request(UNASSIGN_REVIEWER, input(expertId)),
                        t('reviewers.manual.unassigned', { name, organisation }),
                      )
                    }
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {total > items.length && (
        <Paragraph>{t('reviewers.manual.more', { shown: items.length, total })}</Paragraph>
      )}
    </section>
  );
}
