import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink } from 'react-router';
import { Button, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { Run } from './pilot-outcome';

const PUBLISH = graphql(`
  mutation PilotSetPublished($id: ID!, $published: Boolean!) {
    setPilotPublished(trackedActionId: $id, published: $published) {
      id
    }
  }
`);

/** Who sees the pilot beyond the team: the consent from the application and the publish switch. */
export function PilotSharing({
  pilotId,
  slug,
  sharing,
  canEdit,
  pending,
  run,
}: {
  pilotId: string;
  slug: string;
  sharing: { consent: boolean; published: boolean };
  canEdit: boolean;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="sharing">
      <Heading variant="h3" mt="m" mb="s">
        {t('followUp.sharing')}
      </Heading>
      <Paragraph mb="s">
        {canEdit
          ? sharing.consent
            ? t('followUp.consentGiven')
            : t('followUp.consentNotGiven')
          : sharing.consent
            ? t('followUp.consentGivenOther')
            : t('followUp.consentNotGivenOther')}
      </Paragraph>
      <Paragraph mb="s">
        {sharing.published ? t('followUp.published') : t('followUp.notPublished')}{' '}
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/results`}>
          {t('followUp.resultsLink')}
        </RouterLink>
      </Paragraph>
      {canEdit && (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run('publish', async () => {
              const published = !sharing.published;
              await request(PUBLISH, { id: pilotId, published });
              return published ? t('followUp.publishedNow') : t('followUp.unpublishedNow');
            })
          }
        >
          {sharing.published ? t('followUp.unpublish') : t('followUp.publish')}
        </Button>
      )}
    </div>
  );
}
