// One organisation's application to one academy: the form, saved as typed, with eligibility,
// the checklist, submit and withdraw.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import { forForm, type Answers } from './answers';
import { ApplicationForm, type Academy } from './application-form';
import { Checklist, EligibilityList, SaveStatusLine } from './application-status';
import { ConflictNotice } from './conflict-notice';
import { useAutosave, type SavedApplication } from './use-autosave';

const SUBMIT = graphql(`
  mutation SubmitApplication($input: ApplicationIdInput!) {
    submitApplication(input: $input) {
      ...ApplicationEditorFields
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawApplication($input: ApplicationIdInput!) {
    withdrawApplication(input: $input) {
      ...ApplicationEditorFields
    }
  }
`);

/** Texts for codes whose API message would not say what to do on this page. */
const SUBMIT_ERRORS = {
  BAD_USER_INPUT: 'applicant.application.submitMissing',
};

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

export function ApplicationEditor({
  academy,
  organisation,
  initial,
}: {
  academy: Academy;
  organisation: { id: string; name: string };
  initial: SavedApplication | null;
}) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(() => forForm(initial?.answers));
  const autosave = useAutosave({
    academyId: academy.id,
    organisationId: organisation.id,
    initial,
    answers,
  });
  const { saved } = autosave;
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);

  const status = saved?.status ?? 'DRAFT';
  const withdrawn = status === 'WITHDRAWN';

  function edit(next: Answers) {
    setAnswers(next);
    setActionError(null);
    autosave.changed();
  }

  async function act(action: 'submit' | 'withdraw') {
    setPending(true);
    setActionError(null);
    try {
      // What is typed is saved first: the API judges the saved application.
      // The saved application as flush answers it: this render's `autosave.saved` is older.
      const current = await autosave.flush();
      if (!current) return;
      const input = { applicationId: current.id, expectedVersion: current.version };
      if (action === 'submit') {
        const { submitApplication } = await request(SUBMIT, { input });
        autosave.accept(submitApplication);
      } else {
        const { withdrawApplication } = await request(WITHDRAW, { input });
        autosave.accept(withdrawApplication);
        setConfirmWithdraw(false);
      }
    } catch (caught) {
      setActionError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const fieldErrors = actionError?.fieldErrors.length ? actionError : autosave.error;
  return (
    <>
      <Paragraph mb="m">
        {t('applicant.application.organisation', { name: organisation.name })} ·{' '}
        <strong data-testid="application-status">{t(`applicant.status.${status}`)}</strong>
      </Paragraph>
      <SaveStatusLine status={autosave.status} savedAt={autosave.savedAt} />
      {autosave.conflict && (
        <ConflictNotice
          academy={academy}
          conflict={autosave.conflict}
          mine={answers}
          onKeepMine={() => {
            const merged = autosave.keepMine(answers);
            if (merged) setAnswers(merged);
          }}
          onTakeTheirs={() => {
            const theirs = autosave.takeTheirs();
            if (theirs) setAnswers(forForm(theirs.answers));
          }}
          onLoadAgain={autosave.loadTheirsAgain}
        />
      )}
      {autosave.error && !autosave.error.fieldErrors.length && (
        <ErrorAlert error={autosave.error} />
      )}
      {autosave.error?.fieldErrors.length ? (
        <InlineAlert status="error" role="alert" mb="m">
          {t('applicant.application.save.fixFields')}
        </InlineAlert>
      ) : null}
      {withdrawn && (
        <InlineAlert status="neutral" mb="m">
          {t('applicant.application.withdrawnNotice')}
        </InlineAlert>
      )}
      {status === 'SUBMITTED' && (
        <InlineAlert status="neutral" mb="m" data-testid="submitted-notice">
          {t('applicant.application.submittedNotice')}
        </InlineAlert>
      )}
      <div className="application-layout">
        <div>
          <ApplicationForm
            academy={academy}
            answers={answers}
            onChange={edit}
            error={fieldErrors}
            disabled={withdrawn}
          />
          <section aria-labelledby="actions-heading" className="form-section">
            <Heading variant="h2" id="actions-heading" mb="m">
              {t('applicant.application.actions')}
            </Heading>
            {actionError && <ErrorAlert error={actionError} overrides={SUBMIT_ERRORS} />}
            <div className="button-row">
              {status === 'DRAFT' && (
                <Button disabled={pending} onClick={() => void act('submit')}>
                  {t('applicant.application.submit')}
                </Button>
              )}
              {!withdrawn && saved && !confirmWithdraw && (
                <Button
                  variant="secondary"
                  disabled={pending}
                  onClick={() => setConfirmWithdraw(true)}
                >
                  {t('applicant.application.withdraw')}
                </Button>
              )}
            </div>
            {confirmWithdraw && (
              <InlineAlert status="warning" mt="m">
                <Paragraph mb="s">{t('applicant.application.withdrawConfirm')}</Paragraph>
                <div className="button-row">
                  <Button disabled={pending} onClick={() => void act('withdraw')}>
                    {t('applicant.application.withdrawYes')}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirmWithdraw(false)}>
                    {t('applicant.application.withdrawNo')}
                  </Button>
                </div>
              </InlineAlert>
            )}
          </section>
        </div>
        <aside className="application-aside">
          <Checklist academy={academy} application={saved} />
          <EligibilityList academy={academy} application={saved} />
        </aside>
      </div>
    </>
  );
}
