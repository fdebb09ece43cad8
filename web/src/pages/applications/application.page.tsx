import { useState } from 'react';
import { Link as RouterDomLink, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
} from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { NotFoundPage } from '../../app/error-page';
import { RequireSignIn } from '../../session/require-sign-in';
import { ApplicationEditor } from './application-editor';

const APPLICATION_PAGE = graphql(`
  query ApplicationPage($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      status
      timeZone
      title {
        text
      }
      dates {
        applicationDeadline {
          text
          instant
          timeZone
        }
      }
      eligibilityCriteria {
        id
        kind
        severity
        parameters
        label {
          text
        }
        help {
          text
        }
      }
      answerChoices {
        pilotCategories
        teamRoles
        groundworkProgrammes
      }
    }
    myMemberships {
      id
      organisation {
        id
        name
      }
    }
    myApplications {
      ...ApplicationEditorFields
      academyId
      organisationId
    }
  }
`);

function ChooseOrganisation({
  organisations,
  onChoose,
}: {
  organisations: Array<{ id: string; name: string; applied: boolean }>;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(organisations[0].id);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(chosen);
      }}
    >
      <RadioButtonGroup
        labelText={t('applicant.application.chooseOrganisation')}
        name="organisation"
        value={chosen}
        onChange={setChosen}
        mb="m"
      >
        {organisations.map((organisation) => (
          <RadioButton
            key={organisation.id}
            value={organisation.id}
            hintText={organisation.applied ? t('applicant.application.hasApplication') : undefined}
          >
            {organisation.name}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Button type="submit">{t('applicant.application.continue')}</Button>
    </form>
  );
}

function Application({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const result = useQuery(APPLICATION_PAGE, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy, myMemberships, myApplications } = result.data;
  if (!academy) return <NotFoundPage />;
  const heading = t('applicant.application.title', { academy: academy.title.text });
  const back = (
    <RouterLink asComponent={RouterDomLink} to={`/academies/${encodeURIComponent(academy.slug)}`}>
      {t('applicant.application.backToAcademy')}
    </RouterLink>
  );
  const applications = myApplications.filter((application) => application.academyId === academy.id);
  const organisations = myMemberships.map(({ organisation }) => ({
    ...organisation,
    applied: applications.some((application) => application.organisationId === organisation.id),
  }));
  if (organisations.length === 0) {
    return (
      <>
        {back}
        <PageHeading>{heading}</PageHeading>
        <Paragraph mb="m">{t('applicant.application.noOrganisation')}</Paragraph>
        <RouterLink asComponent={RouterDomLink} to="/organisations/new">
          {t('applicant.organisations.create')}
        </RouterLink>
      </>
    );
  }
  const chosenId = organisations.length === 1 ? organisations[0].id : params.get('organisation');
  const organisation = organisations.find((candidate) => candidate.id === chosenId);
  return (
    <>
      {back}
      <PageHeading>{heading}</PageHeading>
      {organisation ? (
        <ApplicationEditor
          key={organisation.id}
          academy={academy}
          organisation={organisation}
          initial={
            applications.find((application) => application.organisationId === organisation.id) ??
            null
          }
        />
      ) : (
        <ChooseOrganisation
          organisations={organisations}
          onChoose={(id) => setParams({ organisation: id })}
        />
      )}
    </>
  );
}

/** `/academies/:slug/application` (the mails link here): choose the organisation, then apply. */
export function ApplicationPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <Application slug={slug} />}</RequireSignIn>;
}

export { ApplicationPage as Component };
