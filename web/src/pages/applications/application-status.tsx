// Beside the form: eligibility per criterion (live, from each save), the checklist with the
// deadline in the academy's zone and a countdown, and the saving status.
import { useEffect, useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { currentLanguage } from '../../i18n';
import { clockTime } from '../../i18n/times';
import type { Academy } from './application-form';
import type { SavedApplication, SaveStatus } from './use-autosave';

export function EligibilityList({
  academy,
  application,
}: {
  academy: Academy;
  application: SavedApplication | null;
}) {
  const { t } = useTranslation();
  const results = new Map(
    (application?.eligibility ?? []).map((result) => [result.criterionId, result]),
  );
  return (
    <section aria-labelledby="eligibility-heading">
      <Heading variant="h2" id="eligibility-heading" mb="s">
        {t('applicant.application.eligibility.title')}
      </Heading>
      {!application && (
        <Paragraph mb="s">{t('applicant.application.eligibility.notYet')}</Paragraph>
      )}
      {/* Announced as it changes: each save answers the criteria again. */}
      <ul className="eligibility" aria-live="polite" data-testid="eligibility">
        {academy.eligibilityCriteria.map((criterion) => {
          const result = results.get(criterion.id);
          const outcome = result?.outcome ?? 'UNKNOWN';
          return (
            <li key={criterion.id} className={`outcome-${outcome}`} data-criterion={criterion.id}>
              <span className="outcome-badge">
                {t(`applicant.application.eligibility.outcome.${outcome}`)}
              </span>{' '}
              <strong>{criterion.label.text}</strong>{' '}
              <Text smallScreen>
                ({t(`applicant.application.eligibility.severity.${criterion.severity}`)})
              </Text>
              {result && <p className="explanation">{result.explanation}</p>}
              {!result && criterion.help.text && (
                <p className="explanation">{criterion.help.text}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function Countdown({ instant }: { instant: string }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const left = new Date(instant).getTime() - now;
  if (left <= 0)
    return (
      <Paragraph data-testid="countdown">{t('applicant.application.checklist.passed')}</Paragraph>
    );
  const minutes = Math.floor(left / 60_000);
  return (
    <Paragraph data-testid="countdown">
      {t('applicant.application.checklist.countdown', {
        days: Math.floor(minutes / 1440),
        hours: Math.floor((minutes % 1440) / 60),
        minutes: minutes % 60,
      })}
    </Paragraph>
  );
}

export function Checklist({
  academy,
  application,
}: {
  academy: Academy;
  application: SavedApplication | null;
}) {
  const { t } = useTranslation();
  const deadline = application?.deadline ?? academy.dates.applicationDeadline;
  const done = (value: boolean | undefined) =>
    t(`applicant.application.checklist.${value ? 'done' : 'notDone'}`);
  const submitted = application?.completeness.submitted;
  const booked = application?.completeness.consultationBooked;
  return (
    <section aria-labelledby="checklist-heading">
      <Heading variant="h2" id="checklist-heading" mb="s">
        {t('applicant.application.checklist.title')}
      </Heading>
      <ul className="checklist" data-testid="checklist">
        <li className={submitted ? 'done' : ''} data-testid="checklist-submitted">
          {t('applicant.application.checklist.submitted')}: {done(submitted)}
        </li>
        <li className={booked ? 'done' : ''} data-testid="checklist-consultation">
          {t('applicant.application.checklist.consultationBooked')}: {done(booked)}
          {!booked && (
            <>
              {' '}
              <RouterLink
                asComponent={RouterDomLink}
                to={`/academies/${encodeURIComponent(academy.slug)}/consultation`}
              >
                {t('applicant.application.checklist.bookConsultation')}
              </RouterLink>
            </>
          )}
        </li>
      </ul>
      <Paragraph>
        <strong>{t('applicant.application.checklist.deadline')}</strong>{' '}
        <span data-testid="deadline">{deadline.text}</span>{' '}
        <Text smallScreen>({deadline.timeZone})</Text>
      </Paragraph>
      <Countdown instant={deadline.instant} />
    </section>
  );
}

export function SaveStatusLine({ status, savedAt }: { status: SaveStatus; savedAt: Date | null }) {
  const { t } = useTranslation();
  // The browser's zone: the person's own "just now".
  const time = savedAt ? clockTime(savedAt, currentLanguage()) : '';
  const text =
    status === 'saving'
      ? t('applicant.application.save.saving')
      : status === 'unsaved'
        ? t('applicant.application.save.unsaved')
        : status === 'failed'
          ? t('applicant.application.save.failed')
          : status === 'conflict'
            ? t('applicant.application.save.conflict')
            : savedAt
              ? t('applicant.application.save.savedAt', { time })
              : t('applicant.application.save.idle');
  return (
    <p role="status" className="save-status" data-testid="save-status">
      {text}
    </p>
  );
}
