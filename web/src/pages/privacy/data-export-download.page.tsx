// `/my-data/download/:token`: where the "your data is ready" mail links. The page at once
// keeps the token in localStorage and moves to `/my-data/download`, so the token never
// travels further: not in the sign-in redirect's `next` (server logs, the sign-in mail
// written to the outbox), not in the history. localStorage, not sessionStorage: the sign-in
// link of a signed-out person opens in another tab. Opening the page consumes nothing (mail
// scanners open links); the button fetches the archive from the API
// (`GET /exports/my-data/:token`, with the session cookie), saves it, and shows a used or
// expired link in the person's language; a used or expired token is forgotten.
import { useState } from 'react';
import { Navigate, Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { ApiError } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { currentLanguage } from '../../i18n';
import { RequireSignIn } from '../../session/require-sign-in';

const TOKEN_KEY = 'akatemia.dataExportToken';
/** Where the mailed link lands once its token is put away. */
const DOWNLOAD_PATH = '/my-data/download';
/** Answers after which the token is worth nothing any more. */
const SPENT = new Set(['EXPORT_LINK_USED', 'EXPORT_LINK_EXPIRED', 'NOT_FOUND']);

/** The file name the API gives in Content-Disposition, else a plain one. */
function filenameOf(response: Response): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'akatemia.zip';
}

async function fetchArchive(token: string): Promise<void> {
  const response = await fetch(`/exports/my-data/${encodeURIComponent(token)}`, {
    credentials: 'same-origin',
    headers: { 'accept-language': currentLanguage() },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(body?.error?.code ?? 'NETWORK', body?.error?.message ?? response.statusText);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameOf(response);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Download() {
  const { t } = useTranslation();
  const [token] = useState(() => localStorage.getItem(TOKEN_KEY));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  async function download(linkToken: string) {
    setPending(true);
    setError(null);
    try {
      await fetchArchive(linkToken);
      localStorage.removeItem(TOKEN_KEY);
      setDone(true);
    } catch (caught) {
      const apiError =
        caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));
      if (SPENT.has(apiError.code)) localStorage.removeItem(TOKEN_KEY);
      setError(apiError);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <PageHeading>{t('privacy.download.title')}</PageHeading>
      <Paragraph mb="m">{t('privacy.download.text')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      {done ? (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('privacy.download.done')}
        </InlineAlert>
      ) : token ? (
        <Button disabled={pending} onClick={() => void download(token)}>
          {t('privacy.download.button')}
        </Button>
      ) : (
        <InlineAlert status="warning" mb="m">
          {t('privacy.download.noLink')}
        </InlineAlert>
      )}
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to="/my-data">
          {t('privacy.download.toMyData')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

export function DataExportDownloadPage() {
  const { token } = useParams();
  if (token) {
    // Idempotent, so safe during render: the same token under the same key.
    localStorage.setItem(TOKEN_KEY, token);
    return <Navigate to={DOWNLOAD_PATH} replace />;
  }
  return (
    <RequireSignIn>
      <Download />
    </RequireSignIn>
  );
}

export { DataExportDownloadPage as Component };
