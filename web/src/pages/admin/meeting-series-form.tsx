// Plan a meeting series (`planMeetingSeries`): the first meeting, a repeat rule and a count
// become individual timeline events, each edited, moved or cancelled alone afterwards in the
// list above. Times are wall-clock times in the academy's zone and stay so across DST; a
// meeting that would fall on a local time that does not exist is refused by the API, which
// names it, and nothing is planned.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import type { EventKind, EventMode, SeriesUnit } from '../../gql/graphql';
import {
  DateTimeInputs,
  LocalizedInputs,
  emptyDateTime,
  emptyLocalized,
  fieldStatus,
  localInput,
  localizedInput,
  type LocalDateTime,
  type Localized,
} from './admin-parts';

const PLAN_MEETING_SERIES = graphql(`
  mutation AdminPlanMeetingSeries($input: PlanMeetingSeriesInput!) {
    planMeetingSeries(input: $input) {
      id
    }
  }
`);

const KINDS: EventKind[] = ['OTHER', 'WORKSHOP', 'ALUMNI_MEETING', 'FOLLOW_UP_MEETING'];
const MODES: EventMode[] = ['IN_PERSON', 'REMOTE', 'HYBRID'];

interface Values {
  kind: EventKind;
  mode: EventMode;
  title: Localized;
  start: LocalDateTime;
  end: LocalDateTime;
  every: string;
  unit: SeriesUnit;
  count: string;
  numbered: boolean;
  place: string;
  capacity: string;
  closesDaysBefore: string;
}

const initial = (): Values => ({
  kind: 'OTHER',
  mode: 'IN_PERSON',
  title: emptyLocalized(),
  start: emptyDateTime(),
  end: emptyDateTime(),
  every: '6',
  unit: 'MONTHS',
  count: '5',
  numbered: true,
  place: '',
  capacity: '',
  closesDaysBefore: '0',
});

/** A whole number as typed; what is not one goes as NaN → the API's field message. */
const whole = (typed: string): number => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : NaN);

export function MeetingSeriesForm({
  academyId,
  onPlanned,
}: {
  academyId: string;
  onPlanned: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [planned, setPlanned] = useState<number | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  async function plan() {
    setError(null);
    setPlanned(null);
    try {
      const { planMeetingSeries } = await request(PLAN_MEETING_SERIES, {
        input: {
          academyId,
          kind: values.kind,
          mode: values.mode,
          title: localizedInput(values.title),
          startsAt: localInput(values.start),
          endsAt: localInput(values.end),
          every: whole(values.every),
          unit: values.unit,
          count: whole(values.count),
          numbered: values.numbered,
          ...(values.place.trim() ? { place: values.place.trim() } : {}),
          ...(values.capacity.trim()
            ? {
                registration: {
                  capacity: whole(values.capacity),
                  closesDaysBefore: whole(values.closesDaysBefore || '0'),
                },
              }
            : {}),
        },
      });
      setPlanned(planMeetingSeries.length);
      setValues(initial());
      setOpen(false);
      onPlanned();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    }
  }

  return (
    <div className="programme-part">
      <Heading variant="h3" id="meeting-series-heading" mb="s">
        {t('programme.series.title')}
      </Heading>
      {planned !== null && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('programme.series.planned', { count: planned })}
        </InlineAlert>
      )}
      {!open ? (
        <Button id="open-meeting-series" variant="secondary" onClick={() => setOpen(true)}>
          {t('programme.series.open')}
        </Button>
      ) : (
        <form
          className="admin-form"
          noValidate
          aria-labelledby="meeting-series-heading"
          onSubmit={(event) => {
            event.preventDefault();
            void plan();
          }}
        >
          {error && <ErrorAlert error={error} />}
          <Dropdown
            id="series-kind"
            labelText={t('admin.timeline.field.kind')}
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
          >
            {KINDS.map((kind) => (
              <DropdownItem key={kind} value={kind}>
                {t(`admin.timeline.kinds.${kind}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <LocalizedInputs
            id="series-title"
            label={t('admin.timeline.field.title')}
            value={values.title}
            onChange={(title) => set('title', title)}
            error={error}
            field="input.title"
          />
          <DateTimeInputs
            id="series-start"
            label={t('programme.series.firstStart')}
            value={values.start}
            onChange={(start) => set('start', start)}
            error={error}
            field="input.startsAt"
          />
          <DateTimeInputs
            id="series-end"
            label={t('programme.series.firstEnd')}
            value={values.end}
            onChange={(end) => set('end', end)}
            error={error}
            field="input.endsAt"
          />
          <div className="money-inputs">
            <TextInput
              id="series-every"
              labelText={t('programme.series.every')}
              inputMode="numeric"
              value={values.every}
              onChange={(every) => set('every', String(every ?? ''))}
              {...fieldStatus(error, 'input.every')}
            />
            <Dropdown
              id="series-unit"
              labelText={t('programme.series.unit')}
              value={values.unit}
              onChange={(unit) => set('unit', unit)}
            >
              <DropdownItem value="MONTHS">{t('programme.series.months')}</DropdownItem>
              <DropdownItem value="WEEKS">{t('programme.series.weeks')}</DropdownItem>
            </Dropdown>
          </div>
          <TextInput
            id="series-count"
            labelText={t('programme.series.count')}
            hintText={t('programme.series.countHint')}
            inputMode="numeric"
            value={values.count}
            onChange={(count) => set('count', String(count ?? ''))}
            {...fieldStatus(error, 'input.count')}
          />
          <Checkbox
            id="series-numbered"
            checked={values.numbered}
            onClick={({ checkboxState }) => set('numbered', checkboxState)}
          >
            {t('programme.series.numbered')}
          </Checkbox>
          <Dropdown
            id="series-mode"
            labelText={t('admin.timeline.field.mode')}
            value={values.mode}
            onChange={(mode) => set('mode', mode)}
          >
            {MODES.map((mode) => (
              <DropdownItem key={mode} value={mode}>
                {t(`academy.timeline.mode.${mode}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput
            id="series-place"
            labelText={t('admin.timeline.field.place')}
            optionalText={t('admin.optional')}
            value={values.place}
            onChange={(place) => set('place', String(place ?? ''))}
            {...fieldStatus(error, 'input.place')}
          />
          <div className="money-inputs">
            <TextInput
              id="series-capacity"
              labelText={t('programme.series.capacity')}
              hintText={t('programme.series.capacityHint')}
              optionalText={t('admin.optional')}
              inputMode="numeric"
              value={values.capacity}
              onChange={(capacity) => set('capacity', String(capacity ?? ''))}
              {...fieldStatus(error, 'input.registration.capacity')}
            />
            <TextInput
              id="series-closes-days-before"
              labelText={t('programme.series.closesDaysBefore')}
              inputMode="numeric"
              value={values.closesDaysBefore}
              onChange={(days) => set('closesDaysBefore', String(days ?? ''))}
              {...fieldStatus(error, 'input.registration.closesDaysBefore')}
            />
          </div>
          <div className="admin-actions">
            <Button type="submit" id="plan-meeting-series">
              {t('programme.series.plan')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('admin.confirm.back')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
