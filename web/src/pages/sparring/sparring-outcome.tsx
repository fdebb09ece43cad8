import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { graphql } from '../../gql';
import type { SparringOutcomeQuery } from '../../gql/graphql';
import { formatDueDate, formatSessionStart } from './sparring-dates';

export const SPARRING_OUTCOME = graphql(`
  query SparringOutcome($bookingId: ID!) {
    appointmentOutcome(bookingId: $bookingId) {
      bookingId
      academyId
      organisationId
      organisationName
      sessionStartsAt
      timeZone
      sessionHeld
      canEdit
      summary {
        summary
        updatedAt
      }
      agreedActions {
        id
        title
        dueDate
        owner {
          participantId
          name
          hasLeft
        }
      }
      team {
        participantId
        name
      }
    }
  }
`);

export type AppointmentOutcome = SparringOutcomeQuery['appointmentOutcome'];
export type AgreedActionItem = AppointmentOutcome['agreedActions'][number];

/** The owner's name, marked when they have left the team since. */
export function ownerName(
  t: (key: string, options?: Record<string, string>) => string,
  owner: AgreedActionItem['owner'],
): string {
  return owner.hasLeft ? t('sparring.ownerLeft', { name: owner.name }) : owner.name;
}

/** Agreed actions as a list: title, owner and due date in the reader's language. */
export function AgreedActionList({
  actions,
  extra,
}: {
  actions: ReadonlyArray<Pick<AgreedActionItem, 'id' | 'title' | 'dueDate' | 'owner'>>;
  /** Anything after each action (an expert's buttons, the session it came from). */
  extra?: (action: Pick<AgreedActionItem, 'id' | 'title' | 'dueDate' | 'owner'>) => React.ReactNode;
}) {
  const { t } = useTranslation();
  if (actions.length === 0) return <Paragraph mb="m">{t('sparring.noActions')}</Paragraph>;
  return (
    <ul className="plain-list" data-testid="agreed-actions">
      {actions.map((action) => (
        <li key={action.id} className="card">
          <strong>{action.title}</strong>
          <br />
          {t('sparring.actionLine', {
            owner: ownerName(t, action.owner),
            due: formatDueDate(action.dueDate),
          })}
          {extra?.(action)}
        </li>
      ))}
    </ul>
  );
}

/** An appointment's summary and agreed actions, from data the caller already has. */
export function SparringOutcomeView({
  outcome,
  headingLevel = 'h2',
}: {
  outcome: Pick<
    AppointmentOutcome,
    'organisationName' | 'sessionStartsAt' | 'timeZone' | 'summary' | 'agreedActions'
  >;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  return (
    <section className="stack" data-testid="sparring-outcome">
      <Heading variant={headingLevel} mb="s">
        {t('sparring.outcomeTitle')}
      </Heading>
      <Paragraph mb="m">
        {t('sparring.session', {
          date: formatSessionStart(outcome.sessionStartsAt, outcome.timeZone),
          organisation: outcome.organisationName,
        })}
      </Paragraph>
      <Heading variant={sub} mb="s">
        {t('sparring.summary')}
      </Heading>
      {outcome.summary ? (
        <Paragraph mb="m" className="pre-wrap" data-testid="sparring-summary">
          {outcome.summary.summary}
        </Paragraph>
      ) : (
        <Paragraph mb="m">{t('sparring.noSummary')}</Paragraph>
      )}
      <Heading variant={sub} mb="s">
        {t('sparring.actions')}
      </Heading>
      <AgreedActionList actions={outcome.agreedActions} />
    </section>
  );
}

/**
 * One appointment's summary and agreed actions by booking id, for any page that shows a
 * booking to its readers (the organisation's team page, the sparring booking): the API
 * answers NOT_FOUND to anyone else.
 */
export function SparringOutcome({
  bookingId,
  headingLevel,
}: {
  bookingId: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const result = useQuery(SPARRING_OUTCOME, { bookingId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  return (
    <SparringOutcomeView outcome={result.data.appointmentOutcome} headingLevel={headingLevel} />
  );
}
