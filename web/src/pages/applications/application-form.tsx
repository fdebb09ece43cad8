// The application's sections, every field the API's `saveApplicationDraft` takes. Choice lists
// come from the academy (`answerChoices`, custom questions and attestations from its criteria).
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  RadioButton,
  RadioButtonGroup,
  TextInput,
  Textarea,
} from 'suomifi-ui-components';
import type { ApiError } from '../../api/graphql-client';
import type { ApplicationPageQuery } from '../../gql/graphql';
import { isoDate, type Answers, type Person } from './answers';

export type Academy = NonNullable<ApplicationPageQuery['academy']>;
type Criterion = Academy['eligibilityCriteria'][number];

interface CriterionParameters {
  questionType?: 'TEXT' | 'CHOICE' | 'YES_NO';
  choices?: string[];
  required?: boolean;
  consent?: string;
}

const parametersOf = (criterion: Criterion) => (criterion.parameters ?? {}) as CriterionParameters;

/** A code from the academy's lists as words: a known translation, else the code itself. */
export function useCodeLabel() {
  const { t } = useTranslation();
  return (code: string) =>
    t(`applicant.codes.${code}`, {
      defaultValue: code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' '),
    });
}

interface FormProps {
  academy: Academy;
  answers: Answers;
  onChange: (next: Answers) => void;
  error: ApiError | null;
  disabled: boolean;
}

/** The API's message for `input.<path>`, for the field's status text. */
const fieldError = (error: ApiError | null, path: string) => error?.fieldMessage(`input.${path}`);

function Text({
  label,
  value,
  onChange,
  path,
  error,
  disabled,
  hint,
  type,
  multiline,
  localError,
}: {
  label: string;
  value: string | number | null | undefined;
  onChange: (value: string) => void;
  path: string;
  error: ApiError | null;
  disabled: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'number' | 'tel';
  multiline?: boolean;
  localError?: string;
}) {
  const message = localError ?? fieldError(error, path);
  const common = {
    labelText: label,
    hintText: hint,
    name: path,
    disabled,
    status: message ? ('error' as const) : ('default' as const),
    statusText: message,
    fullWidth: true,
    mb: 'm' as const,
  };
  return multiline ? (
    <Textarea {...common} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <TextInput
      {...common}
      type={type ?? 'text'}
      value={value ?? ''}
      onChange={(typed) => onChange(String(typed ?? ''))}
    />
  );
}

function Choice({
  label,
  value,
  options,
  onChange,
  path,
  error,
  disabled,
}: {
  label: string;
  value: string | null | undefined;
  options: string[];
  onChange: (value: string) => void;
  path: string;
  error: ApiError | null;
  disabled: boolean;
}) {
  const codeLabel = useCodeLabel();
  const { t } = useTranslation();
  const message = fieldError(error, path);
  return (
    <Dropdown
      labelText={label}
      name={path}
      value={value ?? null}
      visualPlaceholder={t('applicant.application.choose')}
      onChange={onChange}
      disabled={disabled}
      status={message ? 'error' : 'default'}
      statusText={message}
      fullWidth
      mb="m"
    >
      {options.map((option) => (
        <DropdownItem key={option} value={option}>
          {codeLabel(option)}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="form-section">
      <Heading variant="h2" id={`${id}-heading`} mb="m">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function ApplicationForm({ academy, answers, onChange, error, disabled }: FormProps) {
  const { t } = useTranslation();
  const codeLabel = useCodeLabel();
  const choices = academy.answerChoices;
  const field = (key: string) => t(`applicant.application.fields.${key}`);
  const dateHint = t('applicant.application.dateHint');
  const badDate = (value: string | null | undefined) =>
    isoDate(value) === undefined ? t('applicant.application.badDate') : undefined;
  const common = { error, disabled };

  const facts = answers.organisationFacts ?? {};
  const groundwork = answers.groundwork ?? {};
  const commitment = answers.managementCommitment ?? {};
  const pilot = answers.pilotProcurement ?? {};
  const team = answers.team ?? {};
  const responsible = team.responsiblePerson ?? {};
  const experts = team.experts ?? [];
  const consents = answers.consents ?? {};

  const set = <K extends keyof Answers>(key: K, value: Answers[K]) =>
    onChange({ ...answers, [key]: value });
  const setExpert = (index: number, person: Person) =>
    set('team', { ...team, experts: experts.map((old, at) => (at === index ? person : old)) });

  const customQuestions = academy.eligibilityCriteria.filter(
    (criterion) => criterion.kind === 'CUSTOM_QUESTION',
  );
  // Attestations a consent does not already give (`parameters.consent`).
  const attestations = academy.eligibilityCriteria.filter(
    (criterion) => criterion.kind === 'ATTESTATION' && !parametersOf(criterion).consent,
  );

  return (
    <div className="application-form">
      <Section id="facts" title={t('applicant.application.sections.organisationFacts')}>
        <Text
          {...common}
          label={field('description')}
          path="organisationFacts.description"
          multiline
          value={facts.description}
          onChange={(value) => set('organisationFacts', { ...facts, description: value })}
        />
        <Text
          {...common}
          label={field('employees')}
          path="organisationFacts.employees"
          type="number"
          value={facts.employees}
          onChange={(value) =>
            set('organisationFacts', {
              ...facts,
              employees: value.trim() === '' ? null : Math.max(0, Math.trunc(Number(value)) || 0),
            })
          }
        />
        <Text
          {...common}
          label={field('contactPhone')}
          path="organisationFacts.contactPhone"
          type="tel"
          value={facts.contactPhone}
          onChange={(value) => set('organisationFacts', { ...facts, contactPhone: value })}
        />
      </Section>

      <Section id="groundwork" title={t('applicant.application.sections.groundwork')}>
        {choices.groundworkProgrammes.length > 0 && (
          <fieldset className="checkbox-group">
            <legend>{field('programmes')}</legend>
            {choices.groundworkProgrammes.map((programme) => (
              <Checkbox
                key={programme}
                checked={(groundwork.programmes ?? []).includes(programme)}
                disabled={disabled}
                onClick={({ checkboxState }) =>
                  set('groundwork', {
                    ...groundwork,
                    programmes: checkboxState
                      ? [...(groundwork.programmes ?? []), programme]
                      : (groundwork.programmes ?? []).filter((item) => item !== programme),
                  })
                }
              >
                {codeLabel(programme)}
              </Checkbox>
            ))}
          </fieldset>
        )}
        <Text
          {...common}
          label={field('otherDescription')}
          path="groundwork.otherDescription"
          multiline
          value={groundwork.otherDescription}
          onChange={(value) => set('groundwork', { ...groundwork, otherDescription: value })}
        />
      </Section>

      <Section id="commitment" title={t('applicant.application.sections.managementCommitment')}>
        <Text
          {...common}
          label={field('approverName')}
          path="managementCommitment.approverName"
          value={commitment.approverName}
          onChange={(value) => set('managementCommitment', { ...commitment, approverName: value })}
        />
        <Text
          {...common}
          label={field('approverTitle')}
          path="managementCommitment.approverTitle"
          value={commitment.approverTitle}
          onChange={(value) => set('managementCommitment', { ...commitment, approverTitle: value })}
        />
        <Text
          {...common}
          label={field('approvedOn')}
          hint={dateHint}
          path="managementCommitment.approvedOn"
          value={commitment.approvedOn}
          localError={badDate(commitment.approvedOn)}
          onChange={(value) => set('managementCommitment', { ...commitment, approvedOn: value })}
        />
      </Section>

      <Section id="pilot" title={t('applicant.application.sections.pilotProcurement')}>
        <Text
          {...common}
          label={field('pilotTitle')}
          path="pilotProcurement.title"
          value={pilot.title}
          onChange={(value) => set('pilotProcurement', { ...pilot, title: value })}
        />
        {choices.pilotCategories.length > 0 ? (
          <Choice
            {...common}
            label={field('category')}
            path="pilotProcurement.category"
            value={pilot.category}
            options={choices.pilotCategories}
            onChange={(value) => set('pilotProcurement', { ...pilot, category: value })}
          />
        ) : (
          <Text
            {...common}
            label={field('category')}
            path="pilotProcurement.category"
            value={pilot.category}
            onChange={(value) => set('pilotProcurement', { ...pilot, category: value })}
          />
        )}
        <Text
          {...common}
          label={field('plannedStart')}
          hint={dateHint}
          path="pilotProcurement.plannedStart"
          value={pilot.plannedStart}
          localError={badDate(pilot.plannedStart)}
          onChange={(value) => set('pilotProcurement', { ...pilot, plannedStart: value })}
        />
        <Text
          {...common}
          label={field('pilotDescription')}
          path="pilotProcurement.description"
          multiline
          value={pilot.description}
          onChange={(value) => set('pilotProcurement', { ...pilot, description: value })}
        />
      </Section>

      <Section id="team" title={t('applicant.application.sections.team')}>
        <Heading variant="h3" mb="s">
          {t('applicant.application.responsiblePerson')}
        </Heading>
        <Text
          {...common}
          label={field('responsibleName')}
          path="team.responsiblePerson.name"
          value={responsible.name}
          onChange={(value) =>
            set('team', { ...team, responsiblePerson: { ...responsible, name: value } })
          }
        />
        <Text
          {...common}
          label={field('responsibleEmail')}
          path="team.responsiblePerson.email"
          type="email"
          value={responsible.email}
          onChange={(value) =>
            set('team', { ...team, responsiblePerson: { ...responsible, email: value } })
          }
        />
        {experts.map((expert, index) => {
          const number = index + 1;
          return (
            <fieldset key={index} className="expert">
              <legend>{t('applicant.application.expert', { number })}</legend>
              <Text
                {...common}
                label={field('expertName')}
                path={`team.experts.${index}.name`}
                value={expert.name}
                onChange={(value) => setExpert(index, { ...expert, name: value })}
              />
              <Text
                {...common}
                label={field('expertEmail')}
                path={`team.experts.${index}.email`}
                type="email"
                value={expert.email}
                onChange={(value) => setExpert(index, { ...expert, email: value })}
              />
              {choices.teamRoles.length > 0 ? (
                <Choice
                  {...common}
                  label={field('expertRole')}
                  path={`team.experts.${index}.role`}
                  value={expert.role}
                  options={choices.teamRoles}
                  onChange={(value) => setExpert(index, { ...expert, role: value })}
                />
              ) : (
                <Text
                  {...common}
                  label={field('expertRole')}
                  path={`team.experts.${index}.role`}
                  value={expert.role}
                  onChange={(value) => setExpert(index, { ...expert, role: value })}
                />
              )}
              <Button
                variant="secondaryNoBorder"
                disabled={disabled}
                onClick={() =>
                  set('team', { ...team, experts: experts.filter((_, at) => at !== index) })
                }
              >
                {t('applicant.application.removeExpert', { number })}
              </Button>
            </fieldset>
          );
        })}
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() => set('team', { ...team, experts: [...experts, {}] })}
        >
          {t('applicant.application.addExpert')}
        </Button>
      </Section>

      {customQuestions.length > 0 && (
        <Section id="questions" title={t('applicant.application.sections.customAnswers')}>
          {customQuestions.map((criterion) => {
            const parameters = parametersOf(criterion);
            const answer = answers.customAnswers?.[criterion.id];
            const setAnswer = (value: string | boolean) =>
              set('customAnswers', { ...answers.customAnswers, [criterion.id]: value });
            const path = `customAnswers.${criterion.id}`;
            if (parameters.questionType === 'YES_NO' || parameters.questionType === 'CHOICE') {
              const options =
                parameters.questionType === 'YES_NO'
                  ? [
                      ['true', t('applicant.application.yes')],
                      ['false', t('applicant.application.no')],
                    ]
                  : (parameters.choices ?? []).map((choice) => [choice, choice]);
              return (
                <RadioButtonGroup
                  key={criterion.id}
                  labelText={criterion.label.text}
                  groupHintText={criterion.help.text || undefined}
                  name={path}
                  value={answer === undefined ? undefined : String(answer)}
                  onChange={(value) =>
                    setAnswer(parameters.questionType === 'YES_NO' ? value === 'true' : value)
                  }
                  mb="m"
                >
                  {options.map(([value, label]) => (
                    <RadioButton key={value} value={value} disabled={disabled}>
                      {label}
                    </RadioButton>
                  ))}
                </RadioButtonGroup>
              );
            }
            return (
              <Text
                {...common}
                key={criterion.id}
                label={criterion.label.text}
                hint={criterion.help.text || undefined}
                path={path}
                multiline
                value={typeof answer === 'string' ? answer : ''}
                onChange={setAnswer}
              />
            );
          })}
        </Section>
      )}

      <Section id="consents" title={t('applicant.application.sections.consents')}>
        {attestations.map((criterion) => (
          <Checkbox
            key={criterion.id}
            checked={answers.attestations?.[criterion.id] === true}
            hintText={criterion.help.text || undefined}
            disabled={disabled}
            onClick={({ checkboxState }) =>
              set('attestations', { ...answers.attestations, [criterion.id]: checkboxState })
            }
          >
            {criterion.label.text}
          </Checkbox>
        ))}
        <Checkbox
          checked={consents.shareLearnings === true}
          disabled={disabled}
          onClick={({ checkboxState }) =>
            set('consents', { ...consents, shareLearnings: checkboxState })
          }
        >
          {t('applicant.application.consents.shareLearnings')}
        </Checkbox>
        <Checkbox
          checked={consents.attendEvents === true}
          disabled={disabled}
          onClick={({ checkboxState }) =>
            set('consents', { ...consents, attendEvents: checkboxState })
          }
        >
          {t('applicant.application.consents.attendEvents')}
        </Checkbox>
      </Section>
    </div>
  );
}
