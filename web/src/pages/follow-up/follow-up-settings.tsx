import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { graphql } from '../../gql';
import type { CheckInCadence } from '../../gql/graphql';
import { useKeptQuery } from '../admin/use-admin-academy';

const SETTINGS = graphql(`
  query FollowUpSettingsSection($academyId: ID!) {
    followUpSettings(academyId: $academyId) {
      academyId
      checkInCadence
      taskReminderDays
    }
  }
`);

const SET_SETTINGS = graphql(`
  mutation SetFollowUpSettingsSection($input: SetFollowUpSettingsInput!) {
    setFollowUpSettings(input: $input) {
      academyId
      checkInCadence
      taskReminderDays
    }
  }
`);

const CADENCES: CheckInCadence[] = ['MONTHLY', 'QUARTERLY', 'NONE'];
const DAYS_FIELD = 'input.taskReminderDays';

function SettingsForm({
  academyId,
  initial,
  onSaved,
}: {
  academyId: string;
  initial: { checkInCadence: CheckInCadence; taskReminderDays: number };
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [cadence, setCadence] = useState<CheckInCadence>(initial.checkInCadence);
  const [days, setDays] = useState(String(initial.taskReminderDays));
  const [error, setError] = useState<ApiError | null>(null);
  const [daysWrong, setDaysWrong] = useState(false);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const daysError = daysWrong || Boolean(error?.fieldMessage(DAYS_FIELD));
  return (
    <form
      className="admin-form"
      noValidate
      aria-labelledby="follow-up-settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setSaved(false);
        // Not a whole number cannot even be sent as the API's Int: say so here, in the
        // same words the API's range refusal gets below.
        if (!/^\s*-?\d+\s*$/.test(days)) {
          setDaysWrong(true);
          return;
        }
        setDaysWrong(false);
        setPending(true);
        request(SET_SETTINGS, {
          input: { academyId, checkInCadence: cadence, taskReminderDays: Number(days) },
        })
          .then(
            () => {
              setSaved(true);
              onSaved();
            },
            (caught: unknown) =>
              setError(
                caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)),
              ),
          )
          .finally(() => setPending(false));
      }}
    >
      {saved && (
        <InlineAlert status="neutral" role="status">
          {t('followUpCohort.settings.saved')}
        </InlineAlert>
      )}
      {error && !error.fieldMessage(DAYS_FIELD) && <ErrorAlert error={error} />}
      <Dropdown
        id="check-in-cadence"
        labelText={t('followUpCohort.settings.cadenceLabel')}
        value={cadence}
        onChange={(value) => setCadence(value)}
      >
        {CADENCES.map((option) => (
          <DropdownItem key={option} value={option}>
            {t(`followUpCohort.settings.cadence.${option}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id="task-reminder-days"
        labelText={t('followUpCohort.settings.daysLabel')}
        hintText={t('followUpCohort.settings.daysHint')}
        inputMode="numeric"
        value={days}
        onChange={(value) => setDays(String(value ?? ''))}
        {...(daysError
          ? { status: 'error' as const, statusText: t('followUpCohort.settings.daysRange') }
          : {})}
      />
      <div className="admin-actions">
        <Button type="submit" disabled={pending}>
          {t('followUpCohort.settings.save')}
        </Button>
      </div>
    </form>
  );
}

/** The academy's check-in cadence and task-reminder lead: admins change them, experts read them. */
export function FollowUpSettingsSection({
  academyId,
  canEdit,
}: {
  academyId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const result = useKeptQuery(SETTINGS, { academyId });
  return (
    <section
      aria-labelledby="follow-up-settings-heading"
      className="admin-section"
      data-testid="follow-up-settings"
    >
      <Heading variant="h2" id="follow-up-settings-heading" mb="s">
        {t('followUpCohort.settings.title')}
      </Heading>
      <Paragraph mb="m">{t('followUpCohort.settings.intro')}</Paragraph>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' &&
        (canEdit ? (
          <SettingsForm
            academyId={academyId}
            initial={result.data.followUpSettings}
            onSaved={result.reload}
          />
        ) : (
          <>
            <dl className="facts">
              <dt>{t('followUpCohort.settings.cadenceLabel')}</dt>
              <dd>
                {t(
                  `followUpCohort.settings.cadence.${result.data.followUpSettings.checkInCadence}`,
                )}
              </dd>
              <dt>{t('followUpCohort.settings.daysLabel')}</dt>
              <dd>
                {t('followUpCohort.settings.daysValue', {
                  days: result.data.followUpSettings.taskReminderDays,
                })}
              </dd>
            </dl>
            <Paragraph mt="s">{t('followUpCohort.settings.readOnly')}</Paragraph>
          </>
        ))}
    </section>
  );
}
