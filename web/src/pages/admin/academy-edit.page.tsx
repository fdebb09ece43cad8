import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AdminAcademyQuery } from '../../gql/graphql';
import { AcademyForm, academyFormOf, academyInput } from './academy-form';
import { ConfirmButton, RoleGate } from './admin-parts';
import { CriteriaEditor } from './criteria-editor';
import { ProgrammeEditor } from './programme-editor';
import { TimelineEditor } from './timeline-editor';
import { useAcademyRef, useKeptQuery } from './use-admin-academy';

const ADMIN_ACADEMY = graphql(`
  query AdminAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      theme
      status
      timeZone
      capacity
      reserveResponseDays
      teamSizeLimit
      eventReminderMinutes
      publicOutcomes
      enrolment
      signUpTerms {
        fi
        sv
        en
      }
      title {
        text
        fi
        sv
        en
      }
      description {
        fi
        sv
        en
      }
      dates {
        applicationOpensAt {
          local
        }
        applicationDeadline {
          local
        }
        consultationBookingDeadline {
          local
        }
        selectionAnnouncementAt {
          local
        }
        confirmationDeadline {
          local
        }
      }
      eligibilityCriteria {
        id
        kind
        severity
        parameters
        label {
          fi
          sv
          en
        }
        help {
          fi
          sv
          en
        }
      }
      events {
        id
        kind
        mode
        status
        place
        onlineUrl
        title {
          text
          fi
          sv
          en
        }
        start {
          text
          local
        }
        end {
          text
          local
        }
      }
    }
  }
`);

const UPDATE_ACADEMY = graphql(`
  mutation AdminUpdateAcademy($input: UpdateAcademyInput!) {
    updateAcademy(input: $input) {
      id
      slug
    }
  }
`);
const PUBLISH_ACADEMY = graphql(`
  mutation AdminPublishAcademy($input: AcademyIdInput!) {
    publishAcademy(input: $input) {
      id
      status
    }
  }
`);
const ARCHIVE_ACADEMY = graphql(`
  mutation AdminArchiveAcademy($input: AcademyIdInput!) {
    archiveAcademy(input: $input) {
      id
      status
    }
  }
`);

const END_PROGRAMME = graphql(`
  mutation AdminEndProgramme($input: EndProgrammeInput!) {
    endProgramme(input: $input) {
      id
      status
    }
  }
`);

type Academy = NonNullable<AdminAcademyQuery['academy']>;

function StatusActions({ academy, onChanged }: { academy: Academy; onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    }
  };
  const input = { academyId: academy.id };
  return (
    <section aria-labelledby="status-heading" className="admin-section">
      <Heading variant="h2" id="status-heading" mb="s">
        {t('admin.academy.statusTitle')}
      </Heading>
      <Paragraph mb="s">
        {t('admin.academy.statusNow')}{' '}
        <strong data-testid="admin-academy-status">{t(`academy.status.${academy.status}`)}</strong>
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      <div className="admin-actions">
        {academy.status === 'DRAFT' && (
          <ConfirmButton
            id="publish-academy"
            variant="default"
            label={t('admin.academy.publish')}
            title={t('admin.academy.publishTitle')}
            text={t('admin.academy.publishText', { title: academy.title.text })}
            confirmLabel={t('admin.academy.publishConfirm')}
            onConfirm={() => run(() => request(PUBLISH_ACADEMY, { input }))}
          />
        )}
        {academy.status === 'RUNNING' && (
          <ConfirmButton
            id="end-programme"
            variant="default"
            label={t('admin.academy.endProgramme')}
            title={t('admin.academy.endProgrammeTitle')}
            text={t('admin.academy.endProgrammeText', { title: academy.title.text })}
            confirmLabel={t('admin.academy.endProgrammeConfirm')}
            onConfirm={() => run(() => request(END_PROGRAMME, { input }))}
          />
        )}
        {academy.status !== 'ARCHIVED' && (
          <ConfirmButton
            id="archive-academy"
            label={t('admin.academy.archive')}
            title={t('admin.academy.archiveTitle')}
            text={t('admin.academy.archiveText', { title: academy.title.text })}
            confirmLabel={t('admin.academy.archiveConfirm')}
            onConfirm={() => run(() => request(ARCHIVE_ACADEMY, { input }))}
          />
        )}
        {academy.status !== 'DRAFT' && academy.status !== 'ARCHIVED' && (
          <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}`}>
            {t('admin.academy.publicPage')}
          </RouterLink>
        )}
      </div>
    </section>
  );
}

function AcademyEditor({ slug, onSlugChanged }: { slug: string; onSlugChanged: () => void }) {
  const { t } = useTranslation();
  const result = useKeptQuery(ADMIN_ACADEMY, { slug });
  const [saved, setSaved] = useState(false);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <RouterLink asComponent={RouterDomLink} to="/admin/academies">
        {t('admin.academies.backToList')}
      </RouterLink>
      <PageHeading>{academy.title.text}</PageHeading>
      <div className="admin-actions">
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/applications`}>
          {t('admin.academies.applications')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/rounds`}>
          {t('rounds.admin.link')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/progress`}>
          {t('followUpCohort.dashboard.titleShort')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/next-edition`}>
          {t('editions.link')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/retention`}>
          {t('retention.titleShort')}
        </RouterLink>
      </div>
      <StatusActions academy={academy} onChanged={result.reload} />
      <section aria-labelledby="details-heading" className="admin-section">
        <Heading variant="h2" id="details-heading" mb="s">
          {t('admin.academy.detailsTitle')}
        </Heading>
        {saved && (
          <InlineAlert status="neutral" role="status" mb="m">
            {t('admin.academy.saved')}
          </InlineAlert>
        )}
        <AcademyForm
          key={`${academy.id}-${academy.slug}`}
          initial={academyFormOf(academy)}
          enrolmentLocked={academy.status !== 'DRAFT'}
          submitLabel={t('admin.academy.save')}
          onSubmit={async (values) => {
            setSaved(false);
            const { updateAcademy } = await request(UPDATE_ACADEMY, {
              input: { academyId: academy.id, ...academyInput(values) },
            });
            setSaved(true);
            if (updateAcademy.slug !== academy.slug) onSlugChanged();
            else result.reload();
          }}
        />
      </section>
      <CriteriaEditor
        academyId={academy.id}
        criteria={academy.eligibilityCriteria}
        onSaved={result.reload}
      />
      <TimelineEditor
        academyId={academy.id}
        timeZone={academy.timeZone}
        events={academy.events}
        onChanged={result.reload}
      />
      <ProgrammeEditor
        academyId={academy.id}
        isPublic={academy.status !== 'DRAFT' && academy.status !== 'ARCHIVED'}
      />
    </>
  );
}

function AcademyById({ id }: { id: string }) {
  const reference = useAcademyRef(id);
  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;
  if (!reference.academy) return <NotFoundPage />;
  return <AcademyEditor slug={reference.academy.slug} onSlugChanged={reference.reload} />;
}

/** `/admin/academies/:id`: edit, publish or archive, criteria and timeline. */
export function AdminAcademyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('admin.academy.title')}>
      <AcademyById id={id} />
    </RoleGate>
  );
}

export { AdminAcademyPage as Component };
