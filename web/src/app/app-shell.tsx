// The frame of every page: skip link, header (service name, navigation, language, sign-in),
// the page itself in <main>, and focus moved to the new page's heading after a navigation.
import { useEffect, useRef, useState } from 'react';
import { Link as RouterDomLink, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  LanguageMenu,
  LanguageMenuItem,
  RouterLink,
  SkipLink,
} from 'suomifi-ui-components';
import { ApiError } from '../api/graphql-client';
import { ErrorAlert } from '../components/error-alert';
import { focusPageHeading } from '../components/page-heading';
import { LANGUAGES, currentLanguage } from '../i18n';
import { useSession } from '../session/session';

function LanguageSwitch() {
  const { t } = useTranslation();
  const { chooseLanguage } = useSession();
  const language = currentLanguage();
  return (
    <LanguageMenu
      id="language-menu"
      buttonText={t(`language.name.${language}`)}
      aria-label={t('language.choose', { current: t(`language.name.${language}`) })}
    >
      {LANGUAGES.map((option) => (
        <LanguageMenuItem
          key={option}
          lang={option}
          selected={option === language}
          onSelect={() => void chooseLanguage(option)}
        >
          {t(`language.name.${option}`)}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}

function SignInStatus({ onSignOutError }: { onSignOutError: (error: ApiError | null) => void }) {
  const { t } = useTranslation();
  const { person, signOut } = useSession();
  if (person === undefined) return null;
  if (!person) {
    return (
      <RouterLink asComponent={RouterDomLink} to="/sign-in">
        {t('header.signIn')}
      </RouterLink>
    );
  }
  return (
    <span className="header-person">
      <RouterDomLink to="/profile" className="header-link" data-testid="signed-in-person">
        {person.name ?? person.email}
      </RouterDomLink>
      <RouterDomLink to="/profile/calendar" className="header-link">
        {t('profile.menu.calendar')}
      </RouterDomLink>
      <Button
        variant="secondaryNoBorder"
        onClick={() => {
          onSignOutError(null);
          // A failed sign-out leaves the session working: say so, and keep the person shown.
          signOut().catch((caught: unknown) =>
            onSignOutError(
              caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)),
            ),
          );
        }}
      >
        {t('header.signOut')}
      </Button>
    </span>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const { person, loadError, retry } = useSession();
  const [signOutError, setSignOutError] = useState<ApiError | null>(null);
  const hostsConsultations = person?.roles.some((role) => role === 'EXPERT' || role === 'ADMIN');
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusPageHeading();
  }, [location.pathname]);

  return (
    <div className="app">
      <SkipLink href="#main">{t('header.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header-row">
          <RouterDomLink to="/" className="service-name">
            {t('app.serviceName')}
          </RouterDomLink>
          <div className="app-header-tools">
            <LanguageSwitch />
            <SignInStatus onSignOutError={setSignOutError} />
          </div>
        </div>
        <nav aria-label={t('header.navigation')} className="app-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.academies')}
              </NavLink>
            </li>
            {person && (
              <>
                <li>
                  <NavLink to="/applications">{t('applicant.nav.applications')}</NavLink>
                </li>
                <li>
                  <NavLink to="/organisations">{t('applicant.nav.organisations')}</NavLink>
                </li>
              </>
            )}
            {hostsConsultations && (
              <li>
                <NavLink to="/expert/slots">{t('consultations.nav')}</NavLink>
              </li>
            )}
            {person?.roles.includes('EXPERT') && (
              <li>
                <NavLink to="/review">{t('review.list.title')}</NavLink>
              </li>
            )}
            {person?.roles.includes('ADMIN') && (
              <li>
                <NavLink to="/admin/academies">{t('admin.nav')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {signOutError && person && (
          <ErrorAlert error={signOutError}>
            <p>{t('session.signOutFailed')}</p>
          </ErrorAlert>
        )}
        {loadError && (
          <ErrorAlert error={loadError}>
            <p>{t('session.unknown')}</p>
            <Button variant="secondary" onClick={retry}>
              {t('session.retry')}
            </Button>
          </ErrorAlert>
        )}
        <Outlet />
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
