// `/profile/calendar`: the person's secret calendar subscription (myCalendarFeed): the address
// with a copy button, a webcal: link that opens the calendar app, a new address on request
// (rotateCalendarFeed: the old one stops working), and how to subscribe in the common apps.
// Not `/calendar/…`: those addresses are the API's .ics downloads.
import { useRef, useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Link,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { CalendarFeedPageQuery } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';
import { ConfirmDialog } from './confirm-dialog';

const CALENDAR_FEED = graphql(`
  query CalendarFeedPage {
    myCalendarFeed {
      url
      webcalUrl
    }
  }
`);

const ROTATE_CALENDAR_FEED = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed {
      url
      webcalUrl
    }
  }
`);

type Feed = CalendarFeedPageQuery['myCalendarFeed'];

/** The clipboard API, else the selected field and the old copy command (non-secure origins). */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand('copy');
  }
}

function FeedAddress({ feed }: { feed: Feed }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  return (
    <section className="profile-section" aria-labelledby="calendar-feed-address">
      <Heading variant="h2" id="calendar-feed-address" mb="s">
        {t('profile.calendar.address.title')}
      </Heading>
      <Paragraph mb="m">{t('profile.calendar.address.secret')}</Paragraph>
      <TextInput
        labelText={t('profile.calendar.address.label')}
        name="feed-url"
        readOnly
        value={feed.url}
        ref={field}
        onFocus={(event) => event.currentTarget.select()}
        fullWidth
        mb="s"
      />
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() =>
            void copyText(feed.url, field.current).then((ok) => setCopied(ok ? 'copied' : 'failed'))
          }
        >
          {t('profile.calendar.address.copy')}
        </Button>
        {/* A live region that exists before its text does, so screen readers announce it. */}
        <span role="status" data-testid="copy-status" className="copy-status">
          {copied ? t(`profile.calendar.address.${copied}`) : ''}
        </span>
      </div>
      <Paragraph mt="m">
        <Link href={feed.webcalUrl}>{t('profile.calendar.address.subscribe')}</Link>
      </Paragraph>
    </section>
  );
}

function RotateFeed({ onRotated }: { onRotated: (feed: Feed) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [rotated, setRotated] = useState(false);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const { rotateCalendarFeed } = await request(ROTATE_CALENDAR_FEED);
      onRotated(rotateCalendarFeed);
      setRotated(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setAsking(false);
      setPending(false);
    }
  }

  return (
    <section className="profile-section" aria-labelledby="calendar-feed-rotate">
      <Heading variant="h2" id="calendar-feed-rotate" mb="s">
        {t('profile.calendar.rotate.title')}
      </Heading>
      <Paragraph mb="m">{t('profile.calendar.rotate.text')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('profile.calendar.rotate.button')}
      </Button>
      <p role="status" className="profile-status">
        {rotated ? t('profile.calendar.rotate.done') : ''}
      </p>
      <ConfirmDialog
        visible={asking}
        title={t('profile.calendar.rotate.confirmTitle')}
        text={t('profile.calendar.rotate.confirmText')}
        confirmText={t('profile.calendar.rotate.confirm')}
        cancelText={t('profile.cancel')}
        pending={pending}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}

const APPS = ['outlook', 'google', 'apple'] as const;

function HowTo() {
  const { t } = useTranslation();
  return (
    <section className="profile-section" aria-labelledby="calendar-feed-how-to">
      <Heading variant="h2" id="calendar-feed-how-to" mb="s">
        {t('profile.calendar.howTo.title')}
      </Heading>
      <Paragraph mb="m">{t('profile.calendar.howTo.intro')}</Paragraph>
      {APPS.map((app) => (
        <div key={app} className="how-to">
          <Heading variant="h3" mb="xs">
            {t(`profile.calendar.howTo.${app}.title`)}
          </Heading>
          <Paragraph>{t(`profile.calendar.howTo.${app}.steps`)}</Paragraph>
        </div>
      ))}
      <InlineAlert status="neutral" mt="m">
        {t('profile.calendar.howTo.refresh')}
      </InlineAlert>
    </section>
  );
}

function CalendarFeed() {
  const { t } = useTranslation();
  const result = useQuery(CALENDAR_FEED, {});
  const [rotatedFeed, setRotatedFeed] = useState<Feed | null>(null);
  const heading = <PageHeading>{t('profile.calendar.title')}</PageHeading>;
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') {
    return (
      <>
        {heading}
        <ErrorAlert error={result.error} />
      </>
    );
  }
  const feed = rotatedFeed ?? result.data.myCalendarFeed;
  return (
    <>
      {heading}
      <Paragraph mb="m">{t('profile.calendar.intro')}</Paragraph>
      <FeedAddress feed={feed} />
      <HowTo />
      <RotateFeed onRotated={setRotatedFeed} />
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to="/profile">
          {t('profile.calendar.backToProfile')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

export function CalendarFeedPage() {
  return (
    <RequireSignIn>
      <CalendarFeed />
    </RequireSignIn>
  );
}

export { CalendarFeedPage as Component };
