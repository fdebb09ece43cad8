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
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { RetentionKind } from '../../gql/graphql';
import { RoleGate } from '../admin/admin-parts';
import { useAcademyRef, useKeptQuery } from '../admin/use-admin-academy';
import { currentLanguage } from '../../i18n';
import { INTL_LOCALE } from '../../i18n/times';
import { useSession } from '../../session/session';

const SETTINGS = graphql(`
  query RetentionSettingsPage($academyId: ID!) {
    retentionSettings(academyId: $academyId) {
      kind
      scope
      after
      defaultMonths
      months
      legalMinimumMonths
      overridden
    }
  }
`);

const RUNS = graphql(`
  query RetentionRunsPage($academyId: ID) {
    retentionRuns(academyId: $academyId, limit: 10) {
      id
      runDate
      ranAt
      counts {
        kind
        count
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation RetentionSettingsUpdate($input: UpdateRetentionSettingsInput!) {
    updateRetentionSettings(input: $input) {
      kind
      months
      legalMinimumMonths
    }
  }
`);

const SET_MINIMUM = graphql(`
  mutation RetentionLegalMinimumSet($input: SetRetentionLegalMinimumInput!) {
    setRetentionLegalMinimum(input: $input) {
      kind
      months
      legalMinimumMonths
    }
  }
`);

// `input.settings.<n>.months`: the API names the n-th entry of what was sent.
const SETTINGS_ENTRY = /^input\.settings\.(\d+)\./;

// Whole months, as the API takes them: 0–600 (MAX_RETENTION_MONTHS on the API).
const MAX_MONTHS = 600;
const isWholeMonths = (value: string) => /^\d{1,3}$/.test(value) && Number(value) <= MAX_MONTHS;

type Setting = {
  kind: RetentionKind;
  scope: string;
  after: string;
  defaultMonths: number;
  months: number;
  legalMinimumMonths: number;
  overridden: boolean;
};

function useKindLabels() {
  const { t } = useTranslation();
  return {
    kind: (kind: string) =>
      ({
        REJECTED_APPLICATIONS: t('retention.kinds.REJECTED_APPLICATIONS'),
        REVIEWS: t('retention.kinds.REVIEWS'),
        CONSULTATION_NOTES: t('retention.kinds.CONSULTATION_NOTES'),
        SENT_MAIL: t('retention.kinds.SENT_MAIL'),
        AUDIT: t('retention.kinds.AUDIT'),
      })[kind] ?? kind,
    after: (after: string) =>
      ({
        SELECTION_RELEASED: t('retention.after.SELECTION_RELEASED'),
        PROGRAMME_END: t('retention.after.PROGRAMME_END'),
        MAIL_SENT: t('retention.after.MAIL_SENT'),
        ENTRY_RECORDED: t('retention.after.ENTRY_RECORDED'),
      })[after] ?? after,
  };
}

function SettingsTable({ settings }: { settings: Setting[] }) {
  const { t } = useTranslation();
  const labels = useKindLabels();
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="retention-settings">
        <caption>{t('retention.settingsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.kind')}</th>
            <th scope="col">{t('retention.afterWhat')}</th>
            <th scope="col">{t('retention.inForce')}</th>
            <th scope="col">{t('retention.default')}</th>
            <th scope="col">{t('retention.legalMinimum')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.map((setting) => (
            <tr key={setting.kind}>
              <th scope="row">{labels.kind(setting.kind)}</th>
              <td>{labels.after(setting.after)}</td>
              <td>
                {t('retention.months', { months: setting.months })}
                {setting.scope === 'PLATFORM'
                  ? ` (${t('retention.platformWide')})`
                  : setting.overridden
                    ? ` (${t('retention.academysOwn')})`
                    : ''}
              </td>
              <td>{t('retention.months', { months: setting.defaultMonths })}</td>
              <td>
                {setting.scope === 'PLATFORM'
                  ? '—'
                  : t('retention.months', { months: setting.legalMinimumMonths })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SettingsForm({
  academyId,
  settings,
  reload,
}: {
  academyId: string;
  settings: Setting[];
  reload: () => void;
}) {
  const { t } = useTranslation();
  const labels = useKindLabels();
  const editable = settings.filter((setting) => setting.scope === 'ACADEMY');
  const [values, setValues] = useState(() =>
    Object.fromEntries(editable.map((setting) => [setting.kind, String(setting.months)])),
  );
  const [error, setError] = useState<ApiError | null>(null);
  // An error the API tied to one kind's entry (e.g. below its legal minimum), shown there.
  const [kindError, setKindError] = useState<{ kind: string; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const fieldError = (kind: string) => {
    if (checked && !isWholeMonths(values[kind])) return t('retention.wholeMonths');
    if (kindError?.kind === kind)
      return t('retention.kindError', { kind: labels.kind(kind), message: kindError.message });
    return undefined;
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setKindError(null);
    setNotice(null);
    const invalid = editable.some((setting) => !isWholeMonths(values[setting.kind]));
    setChecked(true);
    if (invalid) return;
    // Only the kinds changed here: the others keep following the default.
    const changed = editable
      .map((setting) => ({ kind: setting.kind, months: Number(values[setting.kind]) }))
      .filter((entry, index) => entry.months !== editable[index].months);
    if (changed.length === 0) {
      setNotice(t('retention.noChanges'));
      return;
    }
    try {
      await request(UPDATE, { input: { academyId, settings: changed } });
      setNotice(t('retention.saved'));
      reload();
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));
      // The index is of `changed`, not of the form's kinds: map it back to its kind.
      // A domain error names its field in `extensions.field`; BAD_USER_INPUT lists its fields.
      const fieldError = apiError.fieldErrors.find((each) => SETTINGS_ENTRY.test(each.field));
      const entry = fieldError ? SETTINGS_ENTRY.exec(fieldError.field) : null;
      const kind = entry ? changed[Number(entry[1])]?.kind : undefined;
      if (kind && fieldError) setKindError({ kind, message: fieldError.message });
      else setError(apiError);
    }
  };
  return (
    <form noValidate className="stack card" onSubmit={(event) => void save(event)}>
      <Heading variant="h2">{t('retention.editHeading')}</Heading>
      <Paragraph>{t('retention.editExplain')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      {notice && (
        <InlineAlert status="neutral" role="status">
          {notice}
        </InlineAlert>
      )}
      {editable.map((setting) => (
        <fieldset key={setting.kind} className="stack">
          <legend>{labels.kind(setting.kind)}</legend>
          <TextInput
            labelText={t('retention.monthsLabel')}
            hintText={t('retention.monthsHint', { after: labels.after(setting.after) })}
            inputMode="numeric"
            value={values[setting.kind]}
            onChange={(next) =>
              setValues((current) => ({ ...current, [setting.kind]: String(next ?? '') }))
            }
            status={fieldError(setting.kind) ? 'error' : 'default'}
            statusText={fieldError(setting.kind)}
          />
        </fieldset>
      ))}
      <Button type="submit">{t('retention.save')}</Button>
    </form>
  );
}

/** The academy's legal minimum for one kind, set apart from the periods with its reason. */
function LegalMinimumForm({
  academyId,
  settings,
  reload,
}: {
  academyId: string;
  settings: Setting[];
  reload: () => void;
}) {
  const { t } = useTranslation();
  const labels = useKindLabels();
  const editable = settings.filter((setting) => setting.scope === 'ACADEMY');
  const [kind, setKind] = useState<RetentionKind>(editable[0].kind);
  const [minimum, setMinimum] = useState(String(editable[0].legalMinimumMonths));
  const [reason, setReason] = useState('');
  // An error answers the periods as they were: once they change (saved above), it is stale.
  const snapshot = JSON.stringify(settings);
  const [failure, setFailure] = useState<{ error: ApiError; snapshot: string } | null>(null);
  const error = failure?.snapshot === snapshot ? failure.error : null;
  const setError = (next: ApiError | null) => setFailure(next ? { error: next, snapshot } : null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const minimumError =
    checked && !isWholeMonths(minimum)
      ? t('retention.wholeMonths')
      : error?.extensions.field === 'input.legalMinimumMonths'
        ? error.message
        : (error?.fieldMessage('input.legalMinimumMonths') ?? undefined);
  const reasonError =
    checked && reason.trim() === ''
      ? t('retention.reasonRequired')
      : (error?.fieldMessage('input.reason') ?? undefined);
  const generalError = error && !minimumError && !reasonError ? error : null;
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    setChecked(true);
    if (!isWholeMonths(minimum) || reason.trim() === '') return;
    try {
      await request(SET_MINIMUM, {
        input: { academyId, kind, legalMinimumMonths: Number(minimum), reason: reason.trim() },
      });
      setNotice(t('retention.minimumSaved'));
      reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    }
  };
  return (
    <form
      noValidate
      className="stack card"
      data-testid="retention-legal-minimum"
      onSubmit={(event) => void save(event)}
    >
      <Heading variant="h2">{t('retention.minimumHeading')}</Heading>
      <Paragraph>{t('retention.minimumExplain')}</Paragraph>
      {generalError && <ErrorAlert error={generalError} />}
      {notice && (
        <InlineAlert status="neutral" role="status">
          {notice}
        </InlineAlert>
      )}
      <Dropdown
        id="retention-minimum-kind"
        labelText={t('retention.kind')}
        value={kind}
        onChange={(value) => {
          const next = editable.find((setting) => setting.kind === value) ?? editable[0];
          setKind(next.kind);
          setMinimum(String(next.legalMinimumMonths));
          setError(null);
        }}
      >
        {editable.map((setting) => (
          <DropdownItem key={setting.kind} value={setting.kind}>
            {labels.kind(setting.kind)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        labelText={t('retention.minimumLabel')}
        inputMode="numeric"
        value={minimum}
        onChange={(next) => setMinimum(String(next ?? ''))}
        status={minimumError ? 'error' : 'default'}
        statusText={minimumError}
      />
      <Textarea
        id="retention-minimum-reason"
        labelText={t('retention.reasonLabel')}
        hintText={t('retention.reasonHint')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        status={reasonError ? 'error' : 'default'}
        statusText={reasonError}
        fullWidth
        rows={3}
      />
      <Button type="submit">{t('retention.saveMinimum')}</Button>
    </form>
  );
}

function Runs({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const labels = useKindLabels();
  const result = useKeptQuery(RUNS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const runs = result.data.retentionRuns;
  return (
    <>
      <Heading variant="h2">{t('retention.runsHeading')}</Heading>
      {runs.length === 0 ? (
        <Paragraph>{t('retention.noRuns')}</Paragraph>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="retention-runs">
            <caption>{t('retention.runsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('retention.runDate')}</th>
                <th scope="col">{t('retention.removed')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">
                    {new Date(`${run.runDate}T12:00:00Z`).toLocaleDateString(
                      INTL_LOCALE[currentLanguage()],
                      { timeZone: 'UTC' },
                    )}
                  </th>
                  <td>
                    {run.counts
                      .map((count) => `${labels.kind(count.kind)}: ${count.count}`)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Settings({ academyId, isAdmin }: { academyId: string; isAdmin: boolean }) {
  const result = useKeptQuery(SETTINGS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const settings = result.data.retentionSettings;
  return (
    <>
      <SettingsTable settings={settings} />
      {isAdmin && (
        <>
          <SettingsForm
            key={JSON.stringify(settings)}
            academyId={academyId}
            settings={settings}
            reload={result.reload}
          />
          <LegalMinimumForm academyId={academyId} settings={settings} reload={result.reload} />
        </>
      )}
    </>
  );
}

function View({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const { person } = useSession();
  const isAdmin = person?.roles.includes('ADMIN') ?? false;
  const ref = useAcademyRef(academyId);
  if (ref.status === 'loading') return <Loading />;
  if (ref.status === 'error') return <ErrorAlert error={ref.error} />;
  if (!ref.academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('retention.title', { academy: ref.academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('retention.explain')}</Paragraph>
      <Settings academyId={academyId} isAdmin={isAdmin} />
      {isAdmin && <Runs academyId={academyId} />}
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academyId}`}>
          {t('retention.toAcademy')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/**
 * `/admin/academies/:id/retention`: how long the academy keeps each kind of personal data
 * (defaults and its own periods; admins and experts read, admins edit) and what the daily
 * retention runs removed (admins).
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('retention.titleShort')} roles={['ADMIN', 'EXPERT']}>
      <View academyId={id} />
    </RoleGate>
  );
}

export { RetentionPage as Component };
