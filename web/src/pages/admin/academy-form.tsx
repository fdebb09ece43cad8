// The academy's own fields, for creating (`createAcademy`) and editing (`updateAcademy`).
// Dates are entered as wall-clock time in the academy's zone; the API converts them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import type { AcademyEnrolment } from '../../gql/graphql';
import { ApiError } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import {
  DateTimeInputs,
  LocalizedInputs,
  dateTimeOf,
  emptyDateTime,
  emptyLocalized,
  fieldStatus,
  localInput,
  localizedInput,
  localizedOf,
  type LocalDateTime,
  type Localized,
} from './admin-parts';

export interface AcademyFormValues {
  slug: string;
  theme: string;
  timeZone: string;
  capacity: string;
  title: Localized;
  description: Localized;
  applicationOpensAt: LocalDateTime;
  applicationDeadline: LocalDateTime;
  consultationBookingDeadline: LocalDateTime;
  selectionAnnouncementAt: LocalDateTime;
  /** Empty: 14 days after the release. */
  confirmationDeadline: LocalDateTime;
  reserveResponseDays: string;
  teamSizeLimit: string;
  /** Minutes before each event, separated by commas, e.g. "2880, 60". */
  eventReminderMinutes: string;
  /** Recorded outcomes of events are public (not only for their audience). */
  publicOutcomes: boolean;
  /** SELECTIVE (apply, selection) or OPEN (sign up by the deadline); fixed once published. */
  enrolment: AcademyEnrolment;
  /** Terms a sign-up must accept; Finnish left empty: none. */
  signUpTerms: Localized;
}

const DATE_FIELDS = [
  'applicationOpensAt',
  'applicationDeadline',
  'consultationBookingDeadline',
  'selectionAnnouncementAt',
] as const;

export const emptyAcademyForm = (): AcademyFormValues => ({
  slug: '',
  theme: '',
  timeZone: 'Europe/Helsinki',
  capacity: '7',
  title: emptyLocalized(),
  description: emptyLocalized(),
  applicationOpensAt: emptyDateTime(),
  applicationDeadline: emptyDateTime(),
  consultationBookingDeadline: emptyDateTime(),
  selectionAnnouncementAt: emptyDateTime(),
  confirmationDeadline: emptyDateTime(),
  reserveResponseDays: '7',
  teamSizeLimit: '6',
  eventReminderMinutes: '2880, 60',
  publicOutcomes: false,
  enrolment: 'SELECTIVE',
  signUpTerms: emptyLocalized(),
});

interface AcademyData {
  slug: string;
  theme: string;
  timeZone: string;
  capacity: number;
  reserveResponseDays: number;
  teamSizeLimit: number;
  eventReminderMinutes: number[];
  publicOutcomes: boolean;
  enrolment: AcademyEnrolment;
  signUpTerms?: { fi: string; sv?: string | null; en?: string | null } | null;
  title: { fi: string; sv?: string | null; en?: string | null };
  description: { fi: string; sv?: string | null; en?: string | null };
  dates: Record<(typeof DATE_FIELDS)[number], { local: string }> & {
    confirmationDeadline?: { local: string } | null;
  };
}

export const academyFormOf = (academy: AcademyData): AcademyFormValues => ({
  slug: academy.slug,
  theme: academy.theme,
  timeZone: academy.timeZone,
  capacity: String(academy.capacity),
  title: localizedOf(academy.title),
  description: localizedOf(academy.description),
  applicationOpensAt: dateTimeOf(academy.dates.applicationOpensAt.local),
  applicationDeadline: dateTimeOf(academy.dates.applicationDeadline.local),
  consultationBookingDeadline: dateTimeOf(academy.dates.consultationBookingDeadline.local),
  selectionAnnouncementAt: dateTimeOf(academy.dates.selectionAnnouncementAt.local),
  confirmationDeadline: academy.dates.confirmationDeadline
    ? dateTimeOf(academy.dates.confirmationDeadline.local)
    : emptyDateTime(),
  reserveResponseDays: String(academy.reserveResponseDays),
  teamSizeLimit: String(academy.teamSizeLimit),
  eventReminderMinutes: academy.eventReminderMinutes.join(', '),
  publicOutcomes: academy.publicOutcomes,
  enrolment: academy.enrolment,
  signUpTerms: academy.signUpTerms ? localizedOf(academy.signUpTerms) : emptyLocalized(),
});

const isEmpty = ({ date, time }: LocalDateTime) => date.trim() === '' && time.trim() === '';

/** The form as the API's CreateAcademyInput (UpdateAcademyInput takes the same fields). */
export const academyInput = (values: AcademyFormValues) => ({
  slug: values.slug.trim(),
  theme: values.theme.trim(),
  timeZone: values.timeZone.trim() || undefined,
  capacity: Number.parseInt(values.capacity, 10),
  title: localizedInput(values.title),
  description: localizedInput(values.description),
  applicationOpensAt: localInput(values.applicationOpensAt),
  applicationDeadline: localInput(values.applicationDeadline),
  consultationBookingDeadline: localInput(values.consultationBookingDeadline),
  selectionAnnouncementAt: localInput(values.selectionAnnouncementAt),
  // Both parts left empty: no deadline of its own (null also clears one on update).
  confirmationDeadline: isEmpty(values.confirmationDeadline)
    ? null
    : localInput(values.confirmationDeadline),
  reserveResponseDays: Number.parseInt(values.reserveResponseDays, 10),
  teamSizeLimit: Number.parseInt(values.teamSizeLimit, 10),
  // Something that is not a whole number becomes 0, which the API refuses at this field.
  eventReminderMinutes: values.eventReminderMinutes
    .split(/[,\s]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number.parseInt(part, 10) : 0)),
  publicOutcomes: values.publicOutcomes,
  enrolment: values.enrolment,
  // No Finnish text: no terms (null also removes them on update).
  signUpTerms: values.signUpTerms.fi.trim() ? localizedInput(values.signUpTerms) : null,
});

export function AcademyForm({
  initial,
  submitLabel,
  onSubmit,
  enrolmentLocked = false,
}: {
  initial: AcademyFormValues;
  /** Published already: the way in (enrolment) cannot change any more. */
  enrolmentLocked?: boolean;
  submitLabel: string;
  onSubmit: (values: AcademyFormValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof AcademyFormValues>(key: K, value: AcademyFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      {error && <ErrorAlert error={error} />}
      <LocalizedInputs
        id="academy-title"
        label={t('admin.academy.field.title')}
        value={values.title}
        onChange={(value) => set('title', value)}
        error={error}
        field="input.title"
      />
      <TextInput
        id="academy-slug"
        labelText={t('admin.academy.field.slug')}
        hintText={t('admin.academy.field.slugHint')}
        value={values.slug}
        onChange={(value) => set('slug', String(value ?? ''))}
        {...fieldStatus(error, 'input.slug')}
      />
      <TextInput
        id="academy-theme"
        labelText={t('admin.academy.field.theme')}
        hintText={t('admin.academy.field.themeHint')}
        value={values.theme}
        onChange={(value) => set('theme', String(value ?? ''))}
        {...fieldStatus(error, 'input.theme')}
      />
      <LocalizedInputs
        id="academy-description"
        label={t('admin.academy.field.description')}
        value={values.description}
        onChange={(value) => set('description', value)}
        error={error}
        field="input.description"
        multiline
      />
      <TextInput
        id="academy-time-zone"
        labelText={t('admin.academy.field.timeZone')}
        hintText={t('admin.academy.field.timeZoneHint')}
        value={values.timeZone}
        onChange={(value) => set('timeZone', String(value ?? ''))}
        {...fieldStatus(error, 'input.timeZone')}
      />
      <TextInput
        id="academy-capacity"
        type="number"
        labelText={t('admin.academy.field.capacity')}
        value={values.capacity}
        onChange={(value) => set('capacity', String(value ?? ''))}
        {...fieldStatus(error, 'input.capacity')}
      />
      {DATE_FIELDS.map((field) => (
        <DateTimeInputs
          key={field}
          id={`academy-${field}`}
          label={t(`admin.academy.field.${field}`)}
          value={values[field]}
          onChange={(value) => set(field, value)}
          error={error}
          field={`input.${field}`}
        />
      ))}
      <DateTimeInputs
        id="academy-confirmationDeadline"
        label={t('admin.academy.field.confirmationDeadline')}
        value={values.confirmationDeadline}
        onChange={(value) => set('confirmationDeadline', value)}
        error={error}
        field="input.confirmationDeadline"
      />
      <TextInput
        id="academy-reserve-response-days"
        type="number"
        labelText={t('admin.academy.field.reserveResponseDays')}
        hintText={t('admin.academy.field.reserveResponseDaysHint')}
        value={values.reserveResponseDays}
        onChange={(value) => set('reserveResponseDays', String(value ?? ''))}
        {...fieldStatus(error, 'input.reserveResponseDays')}
      />
      <TextInput
        id="academy-team-size-limit"
        type="number"
        labelText={t('admin.academy.field.teamSizeLimit')}
        hintText={t('admin.academy.field.teamSizeLimitHint')}
        value={values.teamSizeLimit}
        onChange={(value) => set('teamSizeLimit', String(value ?? ''))}
        {...fieldStatus(error, 'input.teamSizeLimit')}
      />
      <TextInput
        id="academy-event-reminder-minutes"
        labelText={t('admin.academy.field.eventReminderMinutes')}
        hintText={t('admin.academy.field.eventReminderMinutesHint')}
        value={values.eventReminderMinutes}
        onChange={(value) => set('eventReminderMinutes', String(value ?? ''))}
        {...fieldStatus(error, 'input.eventReminderMinutes')}
      />
      <Checkbox
        id="academy-public-outcomes"
        checked={values.publicOutcomes}
        onClick={({ checkboxState }) => set('publicOutcomes', checkboxState)}
        hintText={t('admin.academy.field.publicOutcomesHint')}
      >
        {t('admin.academy.field.publicOutcomes')}
      </Checkbox>
      <RadioButtonGroup
        id="academy-enrolment"
        labelText={t('enrolment.admin.enrolment')}
        groupHintText={
          enrolmentLocked ? t('enrolment.admin.lockedHint') : t('enrolment.admin.openHint')
        }
        name="enrolment"
        value={values.enrolment}
        onChange={(value) => set('enrolment', value as AcademyEnrolment)}
        groupStatus={error?.fieldMessage('input.enrolment') ? 'error' : 'default'}
        groupStatusText={error?.fieldMessage('input.enrolment')}
      >
        <RadioButton value="SELECTIVE" disabled={enrolmentLocked}>
          {t('enrolment.admin.SELECTIVE')}
        </RadioButton>
        <RadioButton value="OPEN" disabled={enrolmentLocked}>
          {t('enrolment.admin.OPEN')}
        </RadioButton>
      </RadioButtonGroup>
      {values.enrolment === 'OPEN' && (
        <>
          <Paragraph>{t('enrolment.admin.termsHint')}</Paragraph>
          <LocalizedInputs
            id="academy-sign-up-terms"
            label={t('enrolment.admin.terms')}
            value={values.signUpTerms}
            onChange={(value) => set('signUpTerms', value)}
            error={error}
            field="input.signUpTerms"
            multiline
          />
        </>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
