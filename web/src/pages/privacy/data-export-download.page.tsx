// `/my-data/download/:token`: where the "your data is ready" mail links. Opening the page
// consumes nothing (mail scanners open links); the button fetches the archive from the API
// (`GET /exports/my-data/:token`, with the session cookie), saves it, and shows a used or
// expired link in the person's language.
import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { ApiError } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { currentLanguage } from '../../i18n';
import { RequireSignIn } from '../../session/require-sign-in';

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

function Download({ token }: { token: string }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  async function download() {
    setPending(true);
    setError(null);
    try {
      await fetchArchive(token);
      setDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
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
        <InlineAlert status="neutral" mb="m">
          {t('privacy.download.done')}
        </InlineAlert>
      ) : (
        <Button disabled={pending} onClick={() => void download()}>
          {t('privacy.download.button')}
        </Button>
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
  const { token = '' } = useParams();
  return (
    <RequireSignIn>
      <Download token={token} />
    </RequireSignIn>
  );
}

export { DataExportDownloadPage as Component };
