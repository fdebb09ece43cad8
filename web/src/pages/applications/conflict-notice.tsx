// A version conflict: someone saved the application while this page was editing it. Both texts
// stay: the person sees what differs and keeps theirs (merged field by field with the other
// version; a field both changed is flagged) or takes the other one.
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { differences, draftInput, forForm, mergeFields, type Answers } from './answers';
import type { Academy } from './application-form';
import type { Conflict } from './use-autosave';

const FIELD_KEYS: Record<string, string> = {
  'organisationFacts.description': 'description',
  'organisationFacts.employees': 'employees',
  'organisationFacts.contactPhone': 'contactPhone',
  'groundwork.programmes': 'programmes',
  'groundwork.otherDescription': 'otherDescription',
  'managementCommitment.approverName': 'approverName',
  'managementCommitment.approverTitle': 'approverTitle',
  'managementCommitment.approvedOn': 'approvedOn',
  'pilotProcurement.title': 'pilotTitle',
  'pilotProcurement.category': 'category',
  'pilotProcurement.plannedStart': 'plannedStart',
  'pilotProcurement.description': 'pilotDescription',
  'team.responsiblePerson.name': 'responsibleName',
  'team.responsiblePerson.email': 'responsibleEmail',
  'team.experts.name': 'expertName',
  'team.experts.email': 'expertEmail',
  'team.experts.role': 'expertRole',
};

/** A changed field's name as the form labels it. */
function useFieldName(academy: Academy) {
  const { t } = useTranslation();
  return (path: string): string => {
    const [section, key] = path.split('.');
    if (section === 'attestations' || section === 'customAnswers')
      return (
        academy.eligibilityCriteria.find((criterion) => criterion.id === key)?.label.text ?? path
      );
    if (section === 'consents') return t(`applicant.application.consents.${key}`);
    const expert = /^team\.experts\.(\d+)\.(\w+)$/.exec(path);
    if (expert)
      return `${t('applicant.application.expert', { number: Number(expert[1]) + 1 })}: ${t(
        `applicant.application.fields.${FIELD_KEYS[`team.experts.${expert[2]}`] ?? 'expertName'}`,
      )}`;
    const known = FIELD_KEYS[path.replace(/\.\d+$/, '')];
    return known ? t(`applicant.application.fields.${known}`) : path;
  };
}

export function ConflictNotice({
  academy,
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
  onLoadAgain,
}: {
  academy: Academy;
  conflict: Conflict;
  mine: Answers;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onLoadAgain: () => void;
}) {
  const { t } = useTranslation();
  const fieldName = useFieldName(academy);
  const heading = (
    <Heading variant="h3" as="h2" mb="s">
      {t('applicant.application.conflict.title')}
    </Heading>
  );
  if (!conflict.theirs) {
    return (
      <InlineAlert status="warning" role="alert" mb="l" data-testid="conflict">
        {heading}
        {conflict.loadFailed ? (
          <>
            <Paragraph mb="s">{t('applicant.application.conflict.loadFailed')}</Paragraph>
            <Button onClick={onLoadAgain}>{t('applicant.application.conflict.loadAgain')}</Button>
          </>
        ) : (
          <Paragraph>{t('applicant.application.conflict.loading')}</Paragraph>
        )}
      </InlineAlert>
    );
  }
  const theirs = forForm(conflict.theirs.answers);
  const changed = differences(draftInput(mine), draftInput(theirs));
  const { clashes } = mergeFields(conflict.base, mine, theirs);
  const clashed = (path: string) =>
    clashes.some((clash) => path === clash || path.startsWith(`${clash}.`));
  return (
    <InlineAlert status="warning" role="alert" mb="l" data-testid="conflict">
      {heading}
      <Paragraph mb="s">{t('applicant.application.conflict.text')}</Paragraph>
      {clashes.length > 0 && (
        <Paragraph mb="s" data-testid="conflict-clashes">
          {t('applicant.application.conflict.clashes')}
        </Paragraph>
      )}
      {changed.length > 0 && (
        <table className="conflict-table">
          <caption>{t('applicant.application.conflict.differences')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('applicant.application.conflict.field')}</th>
              <th scope="col">{t('applicant.application.conflict.mine')}</th>
              <th scope="col">{t('applicant.application.conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((row) => (
              <tr key={row.path} data-clash={clashed(row.path) || undefined}>
                <th scope="row">
                  {fieldName(row.path)}
                  {clashed(row.path) && (
                    <strong className="conflict-clash">
                      {' '}
                      ({t('applicant.application.conflict.bothChanged')})
                    </strong>
                  )}
                </th>
                <td>{row.mine}</td>
                <td>{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <Button onClick={onKeepMine}>{t('applicant.application.conflict.keepMine')}</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t('applicant.application.conflict.takeTheirs')}
        </Button>
      </div>
    </InlineAlert>
  );
}
