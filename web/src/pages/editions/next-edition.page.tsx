import { useState } from 'react';
import { Link as RouterDomLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  Button,
  DateInput,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { NextEditionPreviewQuery } from '../../gql/graphql';
import { RoleGate, fieldStatus } from '../admin/admin-parts';
import { useAcademyRef } from '../admin/use-admin-academy';
import '../admin/admin.css';

const PREVIEW = graphql(`
  query NextEditionPreview($input: NextEditionPreviewInput!) {
    nextEditionPreview(input: $input) {
      years
      days
      nonexistentCount
      times {
        kind
        id
        label
        field
        local
        leapDayMoved
        from {
          text
        }
        to {
          text
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateNextEdition($input: CreateNextEditionInput!) {
    createNextEdition(input: $input) {
      id
      slug
    }
  }
`);

type Preview = NextEditionPreviewQuery['nextEditionPreview'];
type Mode = 'year' | 'date';

interface NonexistentItem {
  kind: string;
  id: string;
  label: string;
  field: string;
  local: string;
}

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** `31.5.2028` → `2028-05-31`; anything else as typed (the API names the field). */
function isoDate(text: string): string {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return text.trim();
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/** `2025-03-30T03:30:00` → `30.3.2025 3.30` (as Finnish, Swedish and English readers of the zone know it). */
function wallClock(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return local;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]} ${match[4]}.${match[5]}`;
}

/** What a shifted time belongs to, in the reader's language. */
function kindText(t: TFunction, kind: string): string {
  switch (kind) {
    case 'ACADEMY':
      return t('editions.kind.ACADEMY');
    case 'TIMELINE_EVENT':
      return t('editions.kind.TIMELINE_EVENT');
    case 'APPOINTMENT_ROUND':
      return t('editions.kind.APPOINTMENT_ROUND');
    case 'EVENT_REGISTRATION':
      return t('editions.kind.EVENT_REGISTRATION');
    default:
      return kind;
  }
}

/** Which of its times, in the reader's language. */
function fieldText(t: TFunction, field: string): string {
  switch (field) {
    case 'applicationOpensAt':
      return t('editions.field.applicationOpensAt');
    case 'applicationDeadline':
      return t('editions.field.applicationDeadline');
    case 'consultationBookingDeadline':
      return t('editions.field.consultationBookingDeadline');
    case 'selectionAnnouncementAt':
      return t('editions.field.selectionAnnouncementAt');
    case 'confirmationDeadline':
      return t('editions.field.confirmationDeadline');
    case 'startsAt':
      return t('editions.field.startsAt');
    case 'endsAt':
      return t('editions.field.endsAt');
    case 'opensAt':
      return t('editions.field.opensAt');
    case 'closesAt':
      return t('editions.field.closesAt');
    case 'registrationClosesAt':
      return t('editions.field.registrationClosesAt');
    default:
      return field;
  }
}

function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="edition-preview-heading" className="admin-section">
      <Heading variant="h2" id="edition-preview-heading" mb="s">
        {t('editions.previewTitle')}
      </Heading>
      <Paragraph mb="s">
        {preview.years !== null && preview.years !== undefined
          ? t('editions.shiftYears', { count: preview.years })
          : t('editions.shiftDays', { count: preview.days ?? 0 })}
      </Paragraph>
      {preview.nonexistentCount > 0 && (
        <InlineAlert status="warning" mb="s">
          {t('editions.previewNonexistent', { count: preview.nonexistentCount })}
        </InlineAlert>
      )}
      <div className="admin-table-wrap">
        <table className="admin-table" data-testid="edition-preview">
          <thead>
            <tr>
              <th scope="col">{t('editions.column.item')}</th>
              <th scope="col">{t('editions.column.field')}</th>
              <th scope="col">{t('editions.column.from')}</th>
              <th scope="col">{t('editions.column.to')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.times.map((time) => (
              <tr key={`${time.kind}-${time.id}-${time.field}`}>
                <td>
                  {kindText(t, time.kind)}: {time.label}
                </td>
                <td>{fieldText(t, time.field)}</td>
                <td>{time.from.text}</td>
                <td>
                  {time.to ? (
                    <>
                      {time.to.text}
                      {time.leapDayMoved && <> ({t('editions.leapDayMoved')})</>}
                    </>
                  ) : (
                    <strong>{t('editions.nonexistent', { local: wallClock(time.local) })}</strong>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The refusal NONEXISTENT_LOCAL_TIME, with each time that does not exist. */
function CopyError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const items =
    error.code === 'NONEXISTENT_LOCAL_TIME'
      ? ((error.extensions.items as NonexistentItem[] | undefined) ?? [])
      : [];
  return (
    <ErrorAlert error={error}>
      {items.length > 0 && (
        <ul data-testid="nonexistent-times">
          {items.map((item) => (
            <li key={`${item.id}-${item.field}`}>
              {kindText(t, item.kind)}: {item.label} — {fieldText(t, item.field)}{' '}
              {wallClock(item.local)}
            </li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}

function NextEditionForm({ academyId, zone }: { academyId: string; zone: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  const [mode, setMode] = useState<Mode>('year');
  const [year, setYear] = useState('');
  const [date, setDate] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  const shiftTo = () =>
    mode === 'year'
      ? { year: /^\s*\d{4}\s*$/.test(year) ? Number(year) : -1 }
      : { applicationDeadlineDate: isoDate(date) };

  async function run(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const showPreview = () =>
    run(async () => {
      const data = await request(PREVIEW, { input: { academyId, shiftTo: shiftTo() } });
      setPreview(data.nextEditionPreview);
    });

  const create = (event: React.FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const data = await request(CREATE, {
        input: { academyId, slug: slug.trim(), shiftTo: shiftTo() },
      });
      await navigate(`/admin/academies/${data.createNextEdition.id}`);
    });
  };

  return (
    <>
      <form className="admin-form" onSubmit={(event) => void create(event)} noValidate>
        <TextInput
          id="edition-slug"
          labelText={t('editions.slug')}
          hintText={t('editions.slugHint')}
          value={slug}
          onChange={(text) => setSlug(String(text ?? ''))}
          fullWidth
          {...fieldStatus(error, 'input.slug')}
        />
        <RadioButtonGroup
          labelText={t('editions.shiftBy')}
          groupHintText={t('editions.shiftHint', { zone })}
          name="edition-shift"
          value={mode}
          onChange={(value) => setMode(value as Mode)}
        >
          <RadioButton value="year">{t('editions.byYear')}</RadioButton>
          <RadioButton value="date">{t('editions.byDate')}</RadioButton>
        </RadioButtonGroup>
        {mode === 'year' ? (
          <TextInput
            id="edition-year"
            labelText={t('editions.year')}
            hintText={t('editions.yearHint')}
            inputMode="numeric"
            value={year}
            onChange={(text) => setYear(String(text ?? ''))}
            {...fieldStatus(error, 'input.shiftTo.year')}
          />
        ) : (
          <DateInput
            id="edition-date"
            labelText={t('editions.date')}
            hintText={t('editions.dateHint')}
            value={date}
            onChange={({ value }) => setDate(value)}
            {...fieldStatus(error, 'input.shiftTo.applicationDeadlineDate')}
          />
        )}
        {error && <CopyError error={error} />}
        <div className="admin-actions">
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => void showPreview()}
          >
            {t('editions.preview')}
          </Button>
          <Button type="submit" disabled={pending}>
            {t('editions.create')}
          </Button>
        </div>
      </form>
      {preview && <PreviewTable preview={preview} />}
    </>
  );
}

function NextEditionById({ id }: { id: string }) {
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
      <PageHeading>{t('editions.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('editions.intro')}</Paragraph>
      <NextEditionForm academyId={academy.id} zone={academy.timeZone} />
    </>
  );
}

/**
 * `/admin/academies/:id/next-edition`: copies the academy into a new DRAFT edition shifted to
 * a new year (a preview lists every shifted time first); then on to the new edition's page.
 */
export function NextEditionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('editions.titleShort')}>
      <NextEditionById id={id} />
    </RoleGate>
  );
}

export { NextEditionPage as Component };
