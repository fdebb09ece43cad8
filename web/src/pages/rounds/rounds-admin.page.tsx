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
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AdminRoundsQuery, RoundPurpose } from '../../gql/graphql';
import {
  DateTimeInputs,
  RoleGate,
  dateTimeOf,
  emptyDateTime,
  fieldStatus,
  localInput,
  type LocalDateTime,
} from '../admin/admin-parts';
import { useAcademyRef, useKeptQuery } from '../admin/use-admin-academy';
import { roundTitle } from './round-title';
import '../consultations/consultations.css';

const ADMIN_ROUNDS = graphql(`
  query AdminRounds($academyId: ID!) {
    appointmentRounds(academyId: $academyId) {
      id
      purpose
      audience
      bookingsPerOrganisation
      isOpen
      titleFi
      titleSv
      titleEn
      opensAt {
        local
        text
        zoneName
      }
      closesAt {
        local
        text
        zoneName
      }
    }
  }
`);

const OPEN_ROUND = graphql(`
  mutation AdminOpenAppointmentRound($input: OpenAppointmentRoundInput!) {
    openAppointmentRound(input: $input) {
      id
    }
  }
`);

const UPDATE_ROUND = graphql(`
  mutation AdminUpdateAppointmentRound($input: UpdateAppointmentRoundInput!) {
    updateAppointmentRound(input: $input) {
      id
    }
  }
`);

type Round = AdminRoundsQuery['appointmentRounds'][number];

const PURPOSES: RoundPurpose[] = ['SPARRING', 'FOLLOW_UP', 'CONSULTATION'];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** An empty date and time is no bound (null); anything else goes as the API's local time. */
const windowInput = (value: LocalDateTime) =>
  value.date.trim() === '' && value.time.trim() === '' ? null : localInput(value);

/** The limit as typed: empty is the default (undefined), a whole number a number, else null (refused here). */
const limitInput = (value: string): number | undefined | null =>
  value.trim() === '' ? undefined : /^\s*\d+\s*$/.test(value) ? Number(value) : null;

function LimitInput({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const local = limitInput(value) === null;
  const api = fieldStatus(error, 'input.bookingsPerOrganisation');
  return (
    <TextInput
      id={id}
      labelText={t('rounds.admin.limit')}
      hintText={t('rounds.admin.limitHint')}
      inputMode="numeric"
      value={value}
      onChange={(text) => onChange(String(text ?? ''))}
      {...(local ? { status: 'error', statusText: t('rounds.admin.limitWhole') } : api)}
    />
  );
}

function RoundCard({ round, onSaved }: { round: Round; onSaved: () => void }) {
  const { t } = useTranslation();
  const [opensAt, setOpensAt] = useState(
    round.opensAt ? dateTimeOf(round.opensAt.local) : emptyDateTime(),
  );
  const [closesAt, setClosesAt] = useState(
    round.closesAt ? dateTimeOf(round.closesAt.local) : emptyDateTime(),
  );
  const [limit, setLimit] = useState(String(round.bookingsPerOrganisation));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    // A limit that is no whole number is shown at its field; nothing is sent.
    if (limitInput(limit) === null) return;
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      await request(UPDATE_ROUND, {
        input: {
          roundId: round.id,
          opensAt: windowInput(opensAt),
          closesAt: windowInput(closesAt),
          bookingsPerOrganisation: limitInput(limit) ?? undefined,
        },
      });
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const headingId = `round-${round.id}`;
  const fieldNamed = (field: string) => Boolean(error?.fieldMessage(field));
  const shownAtFields =
    fieldNamed('input.opensAt') ||
    fieldNamed('input.closesAt') ||
    fieldNamed('input.bookingsPerOrganisation');
  return (
    <section className="card admin-section" aria-labelledby={headingId} data-testid="round">
      <Heading variant="h2" id={headingId} mb="s">
        {roundTitle(t, round)}
      </Heading>
      <dl className="consultation-facts">
        <div>
          <dt>{t('rounds.admin.purpose')}</dt>
          <dd>{t(`rounds.purpose.${round.purpose}`)}</dd>
        </div>
        <div>
          <dt>{t('rounds.admin.audience')}</dt>
          <dd>{t(`rounds.audience.${round.audience}`)}</dd>
        </div>
        <div>
          <dt>{t('rounds.admin.window')}</dt>
          <dd>
            {round.opensAt
              ? `${round.opensAt.text} (${round.opensAt.zoneName})`
              : t('rounds.admin.noStart')}
            {' – '}
            {round.closesAt
              ? `${round.closesAt.text} (${round.closesAt.zoneName})`
              : t('rounds.admin.noEnd')}
          </dd>
        </div>
        <div>
          <dt>{t('rounds.admin.limit')}</dt>
          <dd>{round.bookingsPerOrganisation}</dd>
        </div>
        <div>
          <dt>{t('rounds.admin.state')}</dt>
          <dd data-testid="round-state">
            {round.isOpen ? t('rounds.admin.open') : t('rounds.admin.closed')}
          </dd>
        </div>
      </dl>
      <form onSubmit={(event) => void save(event)} noValidate className="admin-form">
        <Heading variant="h3" mb="s">
          {t('rounds.admin.editTitle')}
        </Heading>
        <Paragraph mb="s">{t('rounds.admin.windowHint')}</Paragraph>
        {error && !shownAtFields && <ErrorAlert error={error} />}
        {saved && (
          <InlineAlert status="neutral" role="status" mb="m">
            {t('rounds.admin.saved')}
          </InlineAlert>
        )}
        <DateTimeInputs
          id={`${headingId}-opens`}
          label={t('rounds.admin.opensAt')}
          value={opensAt}
          onChange={setOpensAt}
          error={error}
          field="input.opensAt"
        />
        <DateTimeInputs
          id={`${headingId}-closes`}
          label={t('rounds.admin.closesAt')}
          value={closesAt}
          onChange={setClosesAt}
          error={error}
          field="input.closesAt"
        />
        <LimitInput id={`${headingId}-limit`} value={limit} onChange={setLimit} error={error} />
        <div className="admin-actions">
          <Button type="submit" disabled={pending}>
            {t('rounds.admin.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function OpenRoundForm({ academyId, onOpened }: { academyId: string; onOpened: () => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<RoundPurpose>('SPARRING');
  const [titles, setTitles] = useState({ fi: '', sv: '', en: '' });
  const [opensAt, setOpensAt] = useState(emptyDateTime());
  const [closesAt, setClosesAt] = useState(emptyDateTime());
  const [limit, setLimit] = useState('1');
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  async function open(event: React.FormEvent) {
    event.preventDefault();
    if (limitInput(limit) === null) return;
    setPending(true);
    setError(null);
    const title = (text: string) => (text.trim() === '' ? null : text.trim());
    try {
      await request(OPEN_ROUND, {
        input: {
          academyId,
          purpose,
          titleFi: title(titles.fi),
          titleSv: title(titles.sv),
          titleEn: title(titles.en),
          opensAt: windowInput(opensAt),
          closesAt: windowInput(closesAt),
          bookingsPerOrganisation: limitInput(limit) ?? undefined,
        },
      });
      // The page mounts a fresh form (the date and time inputs keep what was typed otherwise).
      onOpened();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const fields = [
    'opensAt',
    'closesAt',
    'bookingsPerOrganisation',
    'titleFi',
    'titleSv',
    'titleEn',
  ];
  const shownAtFields = fields.some((field) => Boolean(error?.fieldMessage(`input.${field}`)));
  return (
    <section aria-labelledby="open-round-heading" className="admin-section">
      <Heading variant="h2" id="open-round-heading" mb="s">
        {t('rounds.admin.openTitle')}
      </Heading>
      <form onSubmit={(event) => void open(event)} noValidate className="admin-form">
        {error && !shownAtFields && <ErrorAlert error={error} />}
        <Dropdown
          id="round-purpose"
          labelText={t('rounds.admin.purpose')}
          value={purpose}
          onChange={(value) => setPurpose(value)}
        >
          {PURPOSES.map((value) => (
            <DropdownItem key={value} value={value}>
              {t(`rounds.purpose.${value}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        {(['fi', 'sv', 'en'] as const).map((language) => {
          const field = `input.title${language === 'fi' ? 'Fi' : language === 'sv' ? 'Sv' : 'En'}`;
          return (
            <TextInput
              key={language}
              id={`round-title-${language}`}
              labelText={`${t('rounds.admin.roundTitle')} (${t(`admin.language.${language}`)})`}
              optionalText={t('rounds.admin.optional')}
              value={titles[language]}
              onChange={(text) => setTitles({ ...titles, [language]: String(text ?? '') })}
              fullWidth
              {...fieldStatus(error, field)}
            />
          );
        })}
        <Paragraph mb="s">{t('rounds.admin.windowHint')}</Paragraph>
        <DateTimeInputs
          id="round-opens"
          label={t('rounds.admin.opensAt')}
          value={opensAt}
          onChange={setOpensAt}
          error={error}
          field="input.opensAt"
        />
        <DateTimeInputs
          id="round-closes"
          label={t('rounds.admin.closesAt')}
          value={closesAt}
          onChange={setClosesAt}
          error={error}
          field="input.closesAt"
        />
        <LimitInput id="round-limit" value={limit} onChange={setLimit} error={error} />
        <div className="admin-actions">
          <Button type="submit" disabled={pending}>
            {t('rounds.admin.openButton')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Rounds({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const result = useKeptQuery(ADMIN_ROUNDS, { academyId });
  const [opened, setOpened] = useState(0);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const rounds = result.data.appointmentRounds;
  return (
    <>
      {rounds.length === 0 && <Paragraph mb="m">{t('rounds.admin.none')}</Paragraph>}
      {rounds.map((round) => (
        <RoundCard
          key={`${round.id}-${round.opensAt?.local ?? ''}-${round.closesAt?.local ?? ''}`}
          round={round}
          onSaved={result.reload}
        />
      ))}
      {opened > 0 && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('rounds.admin.opened')}
        </InlineAlert>
      )}
      <OpenRoundForm
        key={opened}
        academyId={academyId}
        onOpened={() => {
          setOpened(opened + 1);
          result.reload();
        }}
      />
    </>
  );
}

function RoundsById({ id }: { id: string }) {
  const { t } = useTranslation();
  const reference = useAcademyRef(id);
  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;
  if (!reference.academy) return <NotFoundPage />;
  const { academy } = reference;
  return (
    <>
      <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}`}>
        {academy.title.text}
      </RouterLink>
      <PageHeading>{t('rounds.admin.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('rounds.admin.intro', { zone: academy.timeZone })}</Paragraph>
      <Rounds academyId={academy.id} />
    </>
  );
}

/** `/admin/academies/:id/rounds`: the academy's booking rounds; open one, change its window and limit. */
export function RoundsAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('rounds.admin.titleShort')}>
      <RoundsById id={id} />
    </RoleGate>
  );
}

export { RoundsAdminPage as Component };
