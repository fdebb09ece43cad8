import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  InlineAlert,
  Paragraph,
  RouterLink,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AttendanceSheetQuery } from '../../gql/graphql';
import { RoleGate } from '../admin/admin-parts';
import { useKeptQuery } from '../admin/use-admin-academy';

const SHEET = graphql(`
  query AttendanceSheet($eventId: ID!) {
    eventAttendance(eventId: $eventId) {
      attendedCount
      event {
        id
        status
        title {
          text
        }
        start {
          text
        }
      }
      rows {
        attended
        participant {
          id
          name
          email
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      attendedCount
    }
  }
`);

type Sheet = AttendanceSheetQuery['eventAttendance'];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function SheetForm({ sheet, reload }: { sheet: Sheet; reload: () => void }) {
  const { t } = useTranslation();
  const attendedIn = (answer: Sheet) =>
    new Set(answer.rows.filter((row) => row.attended).map((row) => row.participant.id));
  const [attended, setAttended] = useState<Set<string>>(() => attendedIn(sheet));
  const [shown, setShown] = useState(sheet);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // A new answer (after saving): show what the API now holds.
  if (shown !== sheet) {
    setShown(sheet);
    setAttended(attendedIn(sheet));
  }

  const organisations = [
    ...new Map(sheet.rows.map((row) => [row.organisation.id, row.organisation])),
  ];
  const toggle = (id: string, on: boolean) =>
    setAttended((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      const { recordAttendance } = await request(RECORD, {
        input: { eventId: sheet.event.id, attendedParticipantIds: [...attended] },
      });
      setNotice(t('attendance.saved', { count: recordAttendance.attendedCount }));
      reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  if (sheet.rows.length === 0) return <Paragraph>{t('attendance.noParticipants')}</Paragraph>;
  return (
    <form onSubmit={(event) => void save(event)} noValidate className="stack">
      {error && <ErrorAlert error={error} />}
      {notice && (
        <InlineAlert status="neutral" role="status" mb="m">
          {notice}
        </InlineAlert>
      )}
      <Paragraph mb="m">
        {t('attendance.count', { count: attended.size, total: sheet.rows.length })}
      </Paragraph>
      <div className="row" style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
        <Button
          variant="secondary"
          onClick={() => setAttended(new Set(sheet.rows.map((row) => row.participant.id)))}
        >
          {t('attendance.markAll')}
        </Button>
        <Button variant="secondary" onClick={() => setAttended(new Set())}>
          {t('attendance.clearAll')}
        </Button>
      </div>
      {organisations.map(([id, organisation]) => (
        <CheckboxGroup key={id} labelText={organisation.name} mb="m">
          {sheet.rows
            .filter((row) => row.organisation.id === id)
            .map((row) => (
              <Checkbox
                key={row.participant.id}
                checked={attended.has(row.participant.id)}
                onClick={({ checkboxState }) => toggle(row.participant.id, checkboxState)}
              >
                {row.participant.name} ({row.participant.email})
              </Checkbox>
            ))}
        </CheckboxGroup>
      ))}
      <Button type="submit" disabled={pending || sheet.event.status === 'CANCELLED'}>
        {t('attendance.save')}
      </Button>
    </form>
  );
}

function AttendanceView({ academyId, eventId }: { academyId: string; eventId: string }) {
  const { t } = useTranslation();
  // Kept while it asks again after saving, so the saved note stays shown.
  const result = useKeptQuery(SHEET, { eventId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error')
    return (
      <>
        <PageHeading>{t('attendance.titleShort')}</PageHeading>
        <ErrorAlert error={result.error} />
      </>
    );
  const sheet = result.data.eventAttendance;
  return (
    <>
      <PageHeading>{t('attendance.title', { event: sheet.event.title.text })}</PageHeading>
      <Paragraph mb="m">{sheet.event.start.text}</Paragraph>
      {sheet.event.status === 'CANCELLED' && (
        <InlineAlert status="warning" mb="m">
          {t('attendance.cancelled')}
        </InlineAlert>
      )}
      {/* Attendance is the named teams' (the organisations' commitment in the cohort). */}
      <Paragraph mb="m">{t('attendance.namedTeamOnly')}</Paragraph>
      <SheetForm sheet={sheet} reload={result.reload} />
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academyId}/attendance`}>
          {t('attendance.allOrganisations')}
        </RouterLink>
      </Paragraph>
      <Paragraph mt="s">
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academyId}`}>
          {t('attendance.back')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** `/admin/academies/:id/events/:eventId/attendance`: staff record who attended. */
export function AttendancePage() {
  const { t } = useTranslation();
  const { id = '', eventId = '' } = useParams();
  return (
    <RoleGate title={t('attendance.titleShort')} roles={['ADMIN', 'EXPERT']}>
      <AttendanceView academyId={id} eventId={eventId} />
    </RoleGate>
  );
}

export { AttendancePage as Component };
