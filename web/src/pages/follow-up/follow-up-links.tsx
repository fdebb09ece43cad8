import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { graphql } from '../../gql';
import type { AcademyStatus } from '../../gql/graphql';
import { useSession } from '../../session/session';
import './follow-up-cohort.css';

const MY_TEAMS = graphql(`
  query FollowUpLinksTeams($academyId: ID!) {
    myCohortTeams(academyId: $academyId) {
      organisation {
        id
      }
    }
  }
`);

/** Statuses in which the academy has a cohort, so pilots to follow. */
const WITH_COHORT: AcademyStatus[] = ['SELECTION', 'RUNNING', 'ALUMNI'];

function SharedSummaryLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <RouterLink
        asComponent={RouterDomLink}
        to={`/academies/${encodeURIComponent(slug)}/cohort-pilots`}
      >
        {t('followUpCohort.shared.link')}
      </RouterLink>
    </li>
  );
}

function ParticipantLinks({ academyId, slug }: { academyId: string; slug: string }) {
  const result = useQuery(MY_TEAMS, { academyId });
  if (result.status !== 'done' || result.data.myCohortTeams.length === 0) return null;
  return (
    <ul className="plain-list follow-up-links">
      <SharedSummaryLink slug={slug} />
    </ul>
  );
}

/**
 * Where people find the follow-up pages from the academy's page: staff the pilots' progress
 * dashboard and the shared summary, cohort participants the shared summary.
 */
export function FollowUpLinks({
  academy,
}: {
  academy: { id: string; slug: string; status: AcademyStatus };
}) {
  const { t } = useTranslation();
  const { person } = useSession();
  if (!person || !WITH_COHORT.includes(academy.status)) return null;
  if (person.roles.some((role) => role === 'ADMIN' || role === 'EXPERT'))
    return (
      <ul className="plain-list follow-up-links">
        <li>
          <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/progress`}>
            {t('followUpCohort.dashboard.titleShort')}
          </RouterLink>
        </li>
        <SharedSummaryLink slug={academy.slug} />
      </ul>
    );
  return <ParticipantLinks academyId={academy.id} slug={academy.slug} />;
}
