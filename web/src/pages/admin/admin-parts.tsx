// Pieces the admin pages share: the role gate, fi/sv/en inputs, date + time in the academy's
// zone, a confirmation dialog, and field errors from the API next to their fields.
import { useRef, useState, type ReactNode } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  DateInput,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  RouterLink,
  TextInput,
  Textarea,
  TimeInput,
} from 'suomifi-ui-components';
import type { ApiError } from '../../api/graphql-client';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../session/session';
import './admin.css';

type Role = 'ADMIN' | 'EXPERT';

/**
 * Renders `children` only for a signed-in holder of one of `roles` (the API refuses the
 * others anyway); everyone else reads who the page is for, under the page's heading.
 */
export function RoleGate({
  title,
  roles = ['ADMIN'],
  children,
}: {
  title: string;
  roles?: Role[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { person } = useSession();
  if (person === undefined) return <Loading />;
  if (person && person.roles.some((role) => roles.includes(role))) return children;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <InlineAlert status="warning" mb="m">
        {person ? t('admin.gate.notForYou') : t('admin.gate.signInFirst')}
      </InlineAlert>
      {person ? (
        <RouterLink asComponent={RouterDomLink} to="/">
          {t('notFound.backHome')}
        </RouterLink>
      ) : (
        <RouterLink asComponent={RouterDomLink} to="/sign-in">
          {t('header.signIn')}
        </RouterLink>
      )}
    </>
  );
}

/** `{ status, statusText }` for a suomifi input when the API named this field. */
export function fieldStatus(
  error: ApiError | null | undefined,
  field: string,
): { status?: 'error'; statusText?: string } {
  const message = error?.fieldMessage(field);
  return message ? { status: 'error', statusText: message } : {};
}

export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

export const emptyLocalized = (): Localized => ({ fi: '', sv: '', en: '' });

/** The API's LocalizedText as editable strings. */
export const localizedOf = (text: {
  fi: string;
  sv?: string | null;
  en?: string | null;
}): Localized => ({ fi: text.fi, sv: text.sv ?? '', en: text.en ?? '' });

/** For the API: Finnish always, the others only when given. */
export const localizedInput = (value: Localized) => ({
  fi: value.fi.trim(),
  ...(value.sv.trim() ? { sv: value.sv.trim() } : {}),
  ...(value.en.trim() ? { en: value.en.trim() } : {}),
});

/** Three inputs for one text in fi (required), sv and en. */
export function LocalizedInputs({
  id,
  label,
  value,
  onChange,
  error,
  field,
  multiline = false,
}: {
  id: string;
  label: string;
  value: Localized;
  onChange: (value: Localized) => void;
  error?: ApiError | null;
  field: string;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="localized-inputs">
      {(['fi', 'sv', 'en'] as const).map((language) => {
        const props = {
          id: `${id}-${language}`,
          labelText: `${label} (${t(`admin.language.${language}`)})`,
          optionalText: language === 'fi' ? undefined : t('admin.optional'),
          value: value[language],
          fullWidth: true,
          ...fieldStatus(error, `${field}.${language}`),
        };
        return multiline ? (
          <Textarea
            key={language}
            {...props}
            onChange={(event) => onChange({ ...value, [language]: event.target.value })}
          />
        ) : (
          <TextInput
            key={language}
            {...props}
            onChange={(text) => onChange({ ...value, [language]: String(text ?? '') })}
          />
        );
      })}
    </div>
  );
}

/** A wall-clock date and time in the academy's zone, as the form holds it: `31.5.2027`, `23.59`. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export const emptyDateTime = (): LocalDateTime => ({ date: '', time: '' });

/** `2027-05-31T23:59:59` (ZonedDateTime.local) → `{ date: '31.5.2027', time: '23.59' }`. */
export function dateTimeOf(local: string): LocalDateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return emptyDateTime();
  const [, year, month, day, hour, minute] = match;
  return { date: `${Number(day)}.${Number(month)}.${year}`, time: `${hour}.${minute}` };
}

/**
 * The form's date and time as the API's local time (`2027-05-31T23:59`). What does not
 * parse goes as typed, so the API's message for that field explains it.
 */
export function localInput({ date, time }: LocalDateTime): string {
  const day = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(date);
  const clock = /^\s*(\d{1,2})[.:](\d{2})\s*$/.exec(time);
  if (!day || !clock) return `${date.trim()} ${time.trim()}`.trim();
  const pad = (value: string) => value.padStart(2, '0');
  return `${day[3]}-${pad(day[2])}-${pad(day[1])}T${pad(clock[1])}:${clock[2]}`;
}

/** Date and time inputs for one instant, entered in the academy's zone. */
export function DateTimeInputs({
  id,
  label,
  value,
  onChange,
  error,
  field,
}: {
  id: string;
  label: string;
  value: LocalDateTime;
  onChange: (value: LocalDateTime) => void;
  error?: ApiError | null;
  field: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="date-time-inputs">
      <DateInput
        id={`${id}-date`}
        labelText={`${label}: ${t('admin.dateTime.date')}`}
        hintText={t('admin.dateTime.dateHint')}
        value={value.date}
        onChange={({ value: date }) => onChange({ ...value, date })}
        {...fieldStatus(error, field)}
      />
      <TimeInput
        id={`${id}-time`}
        labelText={`${label}: ${t('admin.dateTime.time')}`}
        hintText={t('admin.dateTime.timeHint')}
        value={value.time}
        onChange={(time) => onChange({ ...value, time })}
      />
    </div>
  );
}

/**
 * A button that asks before it acts (publishing, archiving, cancelling an event). The
 * dialog names what will happen; Escape or "Back" closes it without acting.
 */
export function ConfirmButton({
  id,
  label,
  title,
  text,
  confirmLabel,
  onConfirm,
  variant = 'secondary',
}: {
  id: string;
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  variant?: 'default' | 'secondary';
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button id={id} variant={variant} ref={opener} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        appElementId="root"
        visible={open}
        variant="smallScreen"
        focusOnCloseRef={opener}
        onEscKeyDown={() => setOpen(false)}
      >
        <ModalContent>
          <ModalTitle>{title}</ModalTitle>
          <Paragraph>{text}</Paragraph>
        </ModalContent>
        <ModalFooter>
          <Button
            onClick={() => {
              setOpen(false);
              void onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('admin.confirm.back')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
