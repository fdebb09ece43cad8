// `/profile`: the signed-in person's name and language (updateMe; the language also switches
// the page at once), e-mail, global roles, a link to the calendar feed, and "sign out
// everywhere" after a confirmation.
import { useState } from 'react';
import { Link as RouterDomLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { LANGUAGES, isLanguage, type Language } from '../../i18n';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession, type Person } from '../../session/session';
import { ConfirmDialog } from './confirm-dialog';

const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      name
      locale
    }
  }
`);

const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));
}

function DetailsForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [name, setName] = useState(person.name ?? '');
  const [language, setLanguage] = useState<Language>(
    isLanguage(person.locale) ? person.locale : 'fi',
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      const trimmed = name.trim();
      await request(UPDATE_PROFILE, {
        input: { locale: language, ...(trimmed === '' ? {} : { name: trimmed }) },
      });
      // `me` again: the header shows the new name, and the saved language becomes the page's.
      await refresh();
      setSaved(true);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const nameError = error?.fieldMessage('input.name');
  return (
    <form onSubmit={(event) => void save(event)} noValidate className="profile-section">
      <Heading variant="h2" mb="s">
        {t('profile.details.title')}
      </Heading>
      {error && !nameError && <ErrorAlert error={error} />}
      <dl className="profile-facts">
        <dt>{t('profile.details.email')}</dt>
        <dd data-testid="profile-email">{person.email}</dd>
      </dl>
      <TextInput
        labelText={t('profile.details.name')}
        hintText={t('profile.details.nameHint')}
        name="name"
        autoComplete="name"
        value={name}
        maxLength={200}
        onChange={(value) => {
          setName(String(value ?? ''));
          setSaved(false);
        }}
        status={nameError ? 'error' : 'default'}
        statusText={nameError}
        fullWidth
        mb="m"
      />
      <RadioButtonGroup
        labelText={t('profile.details.language')}
        groupHintText={t('profile.details.languageHint')}
        name="language"
        value={language}
        onChange={(value) => {
          if (isLanguage(value)) setLanguage(value);
          setSaved(false);
        }}
        mb="m"
      >
        {LANGUAGES.map((option) => (
          <RadioButton key={option} value={option} lang={option}>
            {t(`language.name.${option}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Button type="submit" disabled={pending}>
        {t('profile.details.save')}
      </Button>
      <p role="status" className="profile-status">
        {saved ? t('profile.details.saved') : ''}
      </p>
    </form>
  );
}

function Roles({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <section className="profile-section" aria-labelledby="profile-roles">
      <Heading variant="h2" id="profile-roles" mb="s">
        {t('profile.roles.title')}
      </Heading>
      {person.roles.length === 0 ? (
        <Paragraph>{t('profile.roles.none')}</Paragraph>
      ) : (
        <ul data-testid="profile-roles">
          {person.roles.map((role) => (
            <li key={role}>{t(`profile.roles.role.${role}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SignOutEverywhere({ onDone }: { onDone: (sessions: number) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const { signOutEverywhere } = await request(SIGN_OUT_EVERYWHERE);
      setAsking(false);
      onDone(signOutEverywhere);
    } catch (caught) {
      setAsking(false);
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="profile-section" aria-labelledby="profile-sessions">
      <Heading variant="h2" id="profile-sessions" mb="s">
        {t('profile.sessions.title')}
      </Heading>
      <Paragraph mb="m">{t('profile.sessions.text')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('profile.sessions.button')}
      </Button>
      <ConfirmDialog
        visible={asking}
        title={t('profile.sessions.confirmTitle')}
        text={t('profile.sessions.confirmText')}
        confirmText={t('profile.sessions.confirm')}
        cancelText={t('profile.cancel')}
        pending={pending}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}

function Profile({ onSignedOut }: { onSignedOut: (sessions: number) => void }) {
  const { t } = useTranslation();
  const { person } = useSession();
  if (!person) return null;
  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      <DetailsForm person={person} />
      <section className="profile-section" aria-labelledby="profile-calendar">
        <Heading variant="h2" id="profile-calendar" mb="s">
          {t('profile.calendarLink.title')}
        </Heading>
        <Paragraph mb="s">{t('profile.calendarLink.text')}</Paragraph>
        <RouterLink asComponent={RouterDomLink} to="/profile/calendar">
          {t('profile.calendarLink.link')}
        </RouterLink>
      </section>
      <section className="profile-section" aria-labelledby="profile-my-data">
        <Heading variant="h2" id="profile-my-data" mb="s">
          {t('privacy.profileLink.title')}
        </Heading>
        <Paragraph mb="s">{t('privacy.profileLink.text')}</Paragraph>
        <RouterLink asComponent={RouterDomLink} to="/my-data">
          {t('privacy.profileLink.link')}
        </RouterLink>
      </section>
      <Roles person={person} />
      <SignOutEverywhere onDone={onSignedOut} />
      <section className="profile-section" aria-labelledby="profile-delete-account">
        <Heading variant="h2" id="profile-delete-account" mb="s">
          {t('erasure.profileLink.title')}
        </Heading>
        <Paragraph mb="s">{t('erasure.profileLink.text')}</Paragraph>
        <RouterLink asComponent={RouterDomLink} to="/my-data/delete-account">
          {t('erasure.profileLink.link')}
        </RouterLink>
      </section>
    </>
  );
}

/** After "sign out everywhere" the page says so here, instead of sending the person to sign in. */
function SignedOut({ sessions }: { sessions: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading>{t('profile.signedOut.title')}</PageHeading>
      <InlineAlert status="neutral" mb="m">
        {t('profile.signedOut.text', { count: sessions })}
      </InlineAlert>
      <Button onClick={() => void navigate('/sign-in?next=%2Fprofile')}>
        {t('profile.signedOut.signInAgain')}
      </Button>
    </>
  );
}

export function ProfilePage() {
  const { refresh } = useSession();
  const [signedOutSessions, setSignedOutSessions] = useState<number | null>(null);
  if (signedOutSessions !== null) return <SignedOut sessions={signedOutSessions} />;
  return (
    <RequireSignIn>
      <Profile
        onSignedOut={(sessions) => {
          setSignedOutSessions(sessions);
          // The cookie is gone: `me` is now nobody, and the header says so.
          void refresh();
        }}
      />
    </RequireSignIn>
  );
}

export { ProfilePage as Component };
