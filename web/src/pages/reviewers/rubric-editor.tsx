// The academy's review rubric as one editable list, saved whole with `setReviewRubric`
// (a criterion sent with its id keeps it and the draft scores given to it). Refused with
// RUBRIC_LOCKED once any review is submitted; field errors go next to their inputs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Heading,
  InlineAlert,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import {
  LocalizedInputs,
  emptyLocalized,
  fieldStatus,
  localizedInput,
  localizedOf,
  type Localized,
} from '../admin/admin-parts';

const SET_RUBRIC = graphql(`
  mutation ReviewersSetRubric($input: SetReviewRubricInput!) {
    setReviewRubric(input: $input) {
      id
    }
  }
`);

type Text = { fi: string; sv?: string | null; en?: string | null };

export interface RubricCriterionData {
  id: string;
  label: Text;
  guidance: Text;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  allowsNotApplicable: boolean;
}

interface Row {
  key: string;
  id?: string;
  label: Localized;
  guidance: Localized;
  weight: string;
  scaleMin: string;
  scaleMax: string;
  allowsNotApplicable: boolean;
}

type NumberField = 'weight' | 'scaleMin' | 'scaleMax';
const NUMBER_FIELDS: NumberField[] = ['weight', 'scaleMin', 'scaleMax'];

let nextKey = 0;
const rowOf = (criterion: RubricCriterionData): Row => ({
  key: criterion.id,
  id: criterion.id,
  label: localizedOf(criterion.label),
  guidance: localizedOf(criterion.guidance),
  weight: String(criterion.weight),
  scaleMin: String(criterion.scaleMin),
  scaleMax: String(criterion.scaleMax),
  allowsNotApplicable: criterion.allowsNotApplicable,
});

/** `0,5` as typed in Finnish or Swedish, or `0.5`; null when it is no number. */
function numberOf(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || Number.isNaN(value) ? null : value;
}

export function RubricEditor({
  academyId,
  criteria,
  onSaved,
}: {
  academyId: string;
  criteria: RubricCriterionData[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => criteria.map(rowOf));
  const [error, setError] = useState<ApiError | null>(null);
  // Inputs that hold no number: named here, since the API could not tell which one it was.
  const [notNumbers, setNotNumbers] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);

  const change = (key: string, patch: Partial<Row>) => {
    setSaved(false);
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };
  const move = (index: number, by: -1 | 1) => {
    setSaved(false);
    setRows((previous) => {
      const next = [...previous];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
    // Keep the keyboard where it was: on the moved criterion's button, or its other one
    // when that one is now disabled (first or last place).
    const to = index + by;
    const edge = by === -1 ? to === 0 : to === rows.length - 1;
    const direction = (by === -1) !== edge ? 'up' : 'down';
    requestAnimationFrame(() => document.getElementById(`rubric-${to}-move-${direction}`)?.focus());
  };

  async function save() {
    setError(null);
    setSaved(false);
    const invalid = new Set<string>();
    const input = rows.map((row) => {
      const numbers = Object.fromEntries(
        NUMBER_FIELDS.map((field) => {
          const value = numberOf(row[field]);
          if (value === null) invalid.add(`${row.key}.${field}`);
          return [field, value ?? 0];
        }),
      ) as Record<NumberField, number>;
      return {
        ...(row.id ? { id: row.id } : {}),
        label: localizedInput(row.label),
        ...(row.guidance.fi.trim() ? { guidance: localizedInput(row.guidance) } : {}),
        ...numbers,
        allowsNotApplicable: row.allowsNotApplicable,
      };
    });
    setNotNumbers(invalid);
    if (invalid.size > 0) return;
    try {
      const { setReviewRubric: savedCriteria } = await request(SET_RUBRIC, {
        input: { academyId, criteria: input },
      });
      // The answer keeps the order: new rows learn their ids, so the next save keeps them.
      setRows((previous) =>
        previous.map((row, index) => ({ ...row, id: savedCriteria[index]?.id ?? row.id })),
      );
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    }
  }

  const numberStatus = (row: Row, index: number, field: NumberField) =>
    notNumbers.has(`${row.key}.${field}`)
      ? { status: 'error' as const, statusText: t('reviewers.rubric.notANumber') }
      : fieldStatus(error, `input.criteria.${index}.${field}`);

  return (
    <section aria-labelledby="rubric-editor-heading" className="admin-section">
      <Heading variant="h2" id="rubric-editor-heading" mb="s">
        {t('reviewers.rubric.editTitle')}
      </Heading>
      <Paragraph mb="s">{t('reviewers.rubric.editIntro')}</Paragraph>
      <ol className="criteria-list">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key} className="criterion-editor" data-testid="rubric-criterion">
              <Heading variant="h3" mb="s">
                {t('reviewers.rubric.criterion', { number })}
              </Heading>
              <div className="admin-form">
                <LocalizedInputs
                  id={`rubric-${index}-label`}
                  label={t('reviewers.rubric.label', { number })}
                  value={row.label}
                  onChange={(label) => change(row.key, { label })}
                  error={error}
                  field={`input.criteria.${index}.label`}
                />
                <LocalizedInputs
                  id={`rubric-${index}-guidance`}
                  label={t('reviewers.rubric.guidance', { number })}
                  value={row.guidance}
                  onChange={(guidance) => change(row.key, { guidance })}
                  error={error}
                  field={`input.criteria.${index}.guidance`}
                  multiline
                />
                <div className="rubric-numbers">
                  <TextInput
                    id={`rubric-${index}-weight`}
                    labelText={t('reviewers.rubric.weight', { number })}
                    hintText={t('reviewers.rubric.weightHint')}
                    inputMode="decimal"
                    value={row.weight}
                    onChange={(value) => change(row.key, { weight: String(value ?? '') })}
                    {...numberStatus(row, index, 'weight')}
                  />
                  <TextInput
                    id={`rubric-${index}-scale-min`}
                    labelText={t('reviewers.rubric.scaleMin', { number })}
                    inputMode="numeric"
                    value={row.scaleMin}
                    onChange={(value) => change(row.key, { scaleMin: String(value ?? '') })}
                    {...numberStatus(row, index, 'scaleMin')}
                  />
                  <TextInput
                    id={`rubric-${index}-scale-max`}
                    labelText={t('reviewers.rubric.scaleMax', { number })}
                    inputMode="numeric"
                    value={row.scaleMax}
                    onChange={(value) => change(row.key, { scaleMax: String(value ?? '') })}
                    {...numberStatus(row, index, 'scaleMax')}
                  />
                </div>
                <Checkbox
                  id={`rubric-${index}-not-applicable`}
                  checked={row.allowsNotApplicable}
                  onClick={({ checkboxState }) =>
                    change(row.key, { allowsNotApplicable: checkboxState })
                  }
                >
                  {t('reviewers.rubric.allowsNotApplicable', { number })}
                </Checkbox>
                <div className="admin-actions">
                  <Button
                    id={`rubric-${index}-move-up`}
                    variant="secondary"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('reviewers.rubric.moveUp', { number })}
                  </Button>
                  <Button
                    id={`rubric-${index}-move-down`}
                    variant="secondary"
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('reviewers.rubric.moveDown', { number })}
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setSaved(false);
                      setRows((previous) => previous.filter((other) => other.key !== row.key));
                    }}
                  >
                    {t('reviewers.rubric.remove', { number })}
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {error && <ErrorAlert error={error} />}
      {saved && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('reviewers.rubric.saved')}
        </InlineAlert>
      )}
      <div className="admin-actions">
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setRows((previous) => [
              ...previous,
              {
                key: `new-${(nextKey += 1)}`,
                label: emptyLocalized(),
                guidance: emptyLocalized(),
                weight: '1',
                scaleMin: '0',
                scaleMax: '5',
                allowsNotApplicable: false,
              },
            ]);
          }}
        >
          {t('reviewers.rubric.add')}
        </Button>
        <Button id="rubric-save" onClick={() => void save()}>
          {t('reviewers.rubric.save')}
        </Button>
      </div>
    </section>
  );
}
