import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Block,
  Button,
  Checkbox,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { SignUpPageAcademyQuery } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';
import { OrganisationForm } from '../organisations/organisation-form';

const SIGN_UP_ACADEMY = graphql(`
  query SignUpPageAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      status
      enrolment
      title {
        text
      }
      signUpTerms {
        text
      }
      dates {
        applicationOpensAt {
          text
        }
        applicationDeadline {
          text
        }
      }
    }
  }
`);

const MY_ORGANISATIONS = graphql(`
  query SignUpPageOrganisations($academyId: ID!) {
    myMemberships {
      role
      organisation {
        id
        name
        type
      }
    }
    mySignUps(academyId: $academyId) {
      id
      signedUpAt
      organisation {
        id
        name
      }
    }
  }
`);

const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      organisation {
        id
        name
      }
    }
  }
`);

type Academy = NonNullable<SignUpPageAcademyQuery['academy']>;

/** A new organisation (or a person) registered right here, instead of one of the caller's. */
const NEW = 'NEW';

function SignUpForm({ academy }: { academy: Academy }) {
  const { t } = useTranslation();
  const mine = useQuery(MY_ORGANISATIONS, { academyId: academy.id });
  const [chosen, setChosen] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  if (mine.status === 'loading') return <Loading />;
  if (mine.status === 'error') return <ErrorAlert error={mine.error} />;
  const signedUp = new Set(mine.data.mySignUps.map((signUp) => signUp.organisation.id));
  const candidates = mine.data.myMemberships
    .map((membership) => membership.organisation)
    .filter((organisation) => !signedUp.has(organisation.id));
  const selected = chosen ?? candidates[0]?.id ?? NEW;
  const teamPath = `/academies/${encodeURIComponent(academy.slug)}/team`;

  async function signUp(organisationId: string) {
    setPending(true);
    setError(null);
    try {
      const result = await request(SIGN_UP, {
        input: { academyId: academy.id, organisationId, acceptTerms: accepted },
      });
      setDone(result.signUp.organisation.name);
      setChosen(null);
    } catch (caught) {
      // An organisation just registered stays chosen, to try again.
      setChosen(organisationId);
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
      mine.reload();
    }
  }

  const termsError = error?.code === 'TERMS_NOT_ACCEPTED' ? error.message : undefined;
  return (
    <>
      {done && (
        <InlineAlert status="neutral" labelText={t('enrolment.signUp.doneTitle')} mb="m">
          <Paragraph mb="s">{t('enrolment.signUp.done', { organisation: done })}</Paragraph>
          <RouterLink asComponent={RouterDomLink} to={teamPath}>
            {t('enrolment.signUp.toTeam')}
          </RouterLink>
        </InlineAlert>
      )}
      {mine.data.mySignUps.length > 0 && (
        <section aria-labelledby="signed-up-heading">
          <Heading variant="h2" id="signed-up-heading" mb="s">
            {t('enrolment.signUp.signedUpTitle')}
          </Heading>
          <ul data-testid="signed-up">
            {mine.data.mySignUps.map((signUp) => (
              <li key={signUp.id}>{signUp.organisation.name}</li>
            ))}
          </ul>
          <Paragraph mb="l">
            <RouterLink asComponent={RouterDomLink} to={teamPath}>
              {t('enrolment.signUp.toTeam')}
            </RouterLink>
          </Paragraph>
        </section>
      )}
      <section aria-labelledby="sign-up-heading">
        <Heading variant="h2" id="sign-up-heading" mb="s">
          {t('enrolment.signUp.formTitle')}
        </Heading>
        {error && !termsError && <ErrorAlert error={error} />}
        <RadioButtonGroup
          labelText={t('enrolment.signUp.who')}
          name="organisation"
          value={selected}
          onChange={(value) => {
            setChosen(value);
            setError(null);
          }}
          mb="m"
        >
          {candidates.map((organisation) => (
            <RadioButton key={organisation.id} value={organisation.id}>
              {organisation.name} ({t(`applicant.organisationType.${organisation.type}`)})
            </RadioButton>
          ))}
          <RadioButton value={NEW}>{t('enrolment.signUp.newOrganisation')}</RadioButton>
        </RadioButtonGroup>
        {academy.signUpTerms && (
          <Block mb="m">
            <Heading variant="h3" mb="xs">
              {t('enrolment.signUp.termsTitle')}
            </Heading>
            {academy.signUpTerms.text.split(/\n{2,}/).map((paragraph, index) => (
              <Paragraph key={index} mb="s">
                {paragraph}
              </Paragraph>
            ))}
            <Checkbox
              checked={accepted}
              onClick={({ checkboxState }) => {
                setAccepted(checkboxState);
                if (termsError) setError(null);
              }}
              status={termsError ? 'error' : 'default'}
              statusText={termsError}
            >
              {t('enrolment.signUp.acceptTerms')}
            </Checkbox>
          </Block>
        )}
        {selected === NEW ? (
          <>
            <Paragraph mb="s">{t('enrolment.signUp.newIntro')}</Paragraph>
            <OrganisationForm
              initialType="COMPANY"
              onCreated={(organisation) => signUp(organisation.id)}
            />
          </>
        ) : (
          <Button disabled={pending} onClick={() => void signUp(selected)}>
            {t('enrolment.signUp.submit')}
          </Button>
        )}
      </section>
    </>
  );
}

/**
 * `/academies/:slug/sign-up`: an open programme's sign-up. Choose one of your organisations,
 * or register one (any type, a person too), accept the terms and take part at once.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(SIGN_UP_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  const academyPath = `/academies/${encodeURIComponent(academy.slug)}`;
  return (
    <article>
      <RouterLink asComponent={RouterDomLink} to={academyPath}>
        {t('enrolment.signUp.back')}
      </RouterLink>
      <PageHeading>{t('enrolment.signUp.title', { academy: academy.title.text })}</PageHeading>
      {academy.enrolment === 'OPEN' ? (
        <>
          <Paragraph mb="m">
            {t('enrolment.signUp.intro', {
              opens: academy.dates.applicationOpensAt.text,
              deadline: academy.dates.applicationDeadline.text,
            })}
          </Paragraph>
          <RequireSignIn>{() => <SignUpForm academy={academy} />}</RequireSignIn>
        </>
      ) : (
        <InlineAlert status="warning" mb="m">
          {t('enrolment.signUp.selective')}{' '}
          <RouterLink asComponent={RouterDomLink} to={academyPath}>
            {t('enrolment.signUp.back')}
          </RouterLink>
        </InlineAlert>
      )}
    </article>
  );
}

export { SignUpPage as Component };
