// `/my-data`: the person's data rights — ask for an export of their data (requestMyDataExport:
// a zip archive whose one-time link comes by e-mail), the exports they asked for with their
// status (myDataExports), and the way to delete the account (`/my-data/delete-account`).
import { useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { MyDataPageQuery } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';

const MY_DATA_EXPORTS = graphql(`
  query MyDataPage {
    myDataExports {
      id
      kind
      organisationId
      status
      createdAt
      expiresAt
    }
  }
`);

const REQUEST_MY_DATA_EXPORT = graphql(`
  mutation RequestMyDataExport {
    requestMyDataExport {
      id
      status
    }
  }
`);

type DataExport = MyDataPageQuery['myDataExports'][number];

function formatTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(instant));
}

function RequestExport({ onRequested }: { onRequested: () => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [requested, setRequested] = useState(false);

  async function requestExport() {
    setPending(true);
    setError(null);
    try {
      await request(REQUEST_MY_DATA_EXPORT);
      setRequested(true);
      onRequested();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="profile-section" aria-labelledby="my-data-export">
      <Heading variant="h2" id="my-data-export" mb="s">
        {t('privacy.myData.export.title')}
      </Heading>
      <Paragraph mb="m">{t('privacy.myData.export.text')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      <Button disabled={pending} onClick={() => void requestExport()}>
        {t('privacy.myData.export.button')}
      </Button>
      <p role="status" className="profile-status">
        {requested ? t('privacy.myData.export.requested') : ''}
      </p>
    </section>
  );
}

function ExportList({ exports }: { exports: DataExport[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="profile-section" aria-labelledby="my-data-exports">
      <Heading variant="h2" id="my-data-exports" mb="s">
        {t('privacy.myData.list.title')}
      </Heading>
      {exports.length === 0 ? (
        <Paragraph>{t('privacy.myData.list.empty')}</Paragraph>
      ) : (
        <ul className="plain-list" data-testid="data-exports">
          {exports.map((item) => (
            <li key={item.id} data-status={item.status}>
              <strong>
                {item.kind === 'ORGANISATION'
                  ? t('privacy.myData.list.organisation')
                  : t('privacy.myData.list.person')}
              </strong>
              {' · '}
              {t('privacy.myData.list.requested')} {formatTime(item.createdAt, i18n.language)}
              {' · '}
              {t(`privacy.myData.status.${item.status}`)}
              {item.status === 'READY' && item.expiresAt && (
                <>
                  {' · '}
                  {t('privacy.myData.list.expires', {
                    time: formatTime(item.expiresAt, i18n.language),
                  })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyData() {
  const { t } = useTranslation();
  const result = useQuery(MY_DATA_EXPORTS, {});
  // The request form stays while the list reloads, so its "requested" status stays read out.
  return (
    <>
      <PageHeading>{t('privacy.myData.title')}</PageHeading>
      <Paragraph mb="m">{t('privacy.myData.intro')}</Paragraph>
      <RequestExport onRequested={result.reload} />
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && <ExportList exports={result.data.myDataExports} />}
      <section className="profile-section" aria-labelledby="my-data-delete">
        <Heading variant="h2" id="my-data-delete" mb="s">
          {t('privacy.myData.delete.title')}
        </Heading>
        <InlineAlert status="neutral" mb="m">
          {t('privacy.myData.delete.text')}
        </InlineAlert>
        <RouterLink asComponent={RouterDomLink} to="/my-data/delete-account">
          {t('privacy.myData.delete.link')}
        </RouterLink>
      </section>
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to="/profile">
          {t('privacy.myData.backToProfile')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

export function MyDataPage() {
  return (
    <RequireSignIn>
      <MyData />
    </RequireSignIn>
  );
}

export { MyDataPage as Component };
