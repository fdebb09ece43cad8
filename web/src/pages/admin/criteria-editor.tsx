// The academy's eligibility criteria, edited as one list and saved with
// `setEligibilityCriteria` (which replaces the list; a kept criterion keeps its id and answers).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  Textarea,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import type { CriterionKind, CriterionSeverity } from '../../gql/graphql';
import {
  LocalizedInputs,
  emptyLocalized,
  fieldStatus,
  localizedInput,
  localizedOf,
  type Localized,
} from './admin-parts';

const SET_CRITERIA = graphql(`
  mutation AdminSetEligibilityCriteria($input: SetEligibilityCriteriaInput!) {
    setEligibilityCriteria(input: $input) {
      id
    }
  }
`);

interface CriterionData {
  id: string;
  kind: CriterionKind;
  severity: CriterionSeverity;
  parameters: unknown;
  label: { fi: string; sv?: string | null; en?: string | null };
  help: { fi: string; sv?: string | null; en?: string | null };
}

interface Row {
  key: string;
  id?: string;
  kind: CriterionKind;
  severity: CriterionSeverity;
  label: Localized;
  help: Localized;
  parameters: string;
}

const KINDS: CriterionKind[] = [
  'ORGANISATION_TYPE',
  'PRIOR_GROUNDWORK',
  'MANAGEMENT_COMMITMENT',
  'PILOT_PROCUREMENT',
  'TEAM',
  'RESPONSIBLE_PERSON',
  'ATTESTATION',
  'CUSTOM_QUESTION',
];
const SEVERITIES: CriterionSeverity[] = ['HARD', 'SOFT'];

let nextKey = 0;
const rowOf = (criterion: CriterionData): Row => ({
  key: criterion.id,
  id: criterion.id,
  kind: criterion.kind,
  severity: criterion.severity,
  label: localizedOf(criterion.label),
  help: localizedOf(criterion.help),
  parameters: JSON.stringify(criterion.parameters ?? {}),
});

export function CriteriaEditor({
  academyId,
  criteria,
  onSaved,
}: {
  academyId: string;
  criteria: CriterionData[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => criteria.map(rowOf));
  const [error, setError] = useState<ApiError | null>(null);
  const [badJson, setBadJson] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);

  const change = (key: string, patch: Partial<Row>) => {
    setSaved(false);
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };

  async function save() {
    setError(null);
    setSaved(false);
    const invalid = new Set<string>();
    const input = rows.map((row) => {
      let parameters: unknown = {};
      try {
        parameters = row.parameters.trim() ? JSON.parse(row.parameters) : {};
      } catch {
        invalid.add(row.key);
      }
      return {
        ...(row.id ? { id: row.id } : {}),
        kind: row.kind,
        severity: row.severity,
        label: localizedInput(row.label),
        ...(row.help.fi.trim() ? { help: localizedInput(row.help) } : {}),
        parameters,
      };
    });
    setBadJson(invalid);
    if (invalid.size > 0) return;
    try {
      const { setEligibilityCriteria: savedCriteria } = await request(SET_CRITERIA, {
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

  return (
    <section aria-labelledby="criteria-editor-heading" className="admin-section">
      <Heading variant="h2" id="criteria-editor-heading" mb="s">
        {t('admin.criteria.title')}
      </Heading>
      <Paragraph mb="s">{t('admin.criteria.intro')}</Paragraph>
      {error && <ErrorAlert error={error} />}
      {saved && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('admin.criteria.saved')}
        </InlineAlert>
      )}
      {rows.length === 0 && <Paragraph mb="s">{t('admin.criteria.empty')}</Paragraph>}
      <ol className="criteria-list">
        {rows.map((row, index) => (
          <li key={row.key} className="criterion-editor">
            <div className="admin-form">
              <Dropdown
                id={`criterion-${index}-kind`}
                labelText={t('admin.criteria.kind', { number: index + 1 })}
                value={row.kind}
                onChange={(kind) => change(row.key, { kind: kind })}
              >
                {KINDS.map((kind) => (
                  <DropdownItem key={kind} value={kind}>
                    {t(`admin.criteria.kinds.${kind}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={`criterion-${index}-severity`}
                labelText={t('admin.criteria.severity', { number: index + 1 })}
                value={row.severity}
                onChange={(severity) => change(row.key, { severity: severity })}
              >
                {SEVERITIES.map((severity) => (
                  <DropdownItem key={severity} value={severity}>
                    {t(`admin.criteria.severities.${severity}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <LocalizedInputs
                id={`criterion-${index}-label`}
                label={t('admin.criteria.label', { number: index + 1 })}
                value={row.label}
                onChange={(label) => change(row.key, { label })}
                error={error}
                field={`input.criteria.${index}.label`}
              />
              <LocalizedInputs
                id={`criterion-${index}-help`}
                label={t('admin.criteria.help', { number: index + 1 })}
                value={row.help}
                onChange={(help) => change(row.key, { help })}
                error={error}
                field={`input.criteria.${index}.help`}
                multiline
              />
              <Textarea
                id={`criterion-${index}-parameters`}
                labelText={t('admin.criteria.parameters', { number: index + 1 })}
                hintText={t('admin.criteria.parametersHint')}
                value={row.parameters}
                onChange={(event) => change(row.key, { parameters: event.target.value })}
                fullWidth
                {...(badJson.has(row.key)
                  ? { status: 'error' as const, statusText: t('admin.criteria.invalidJson') }
                  : fieldStatus(error, `input.criteria.${index}.parameters`))}
              />
              <div>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSaved(false);
                    setRows((previous) => previous.filter((other) => other.key !== row.key));
                  }}
                >
                  {t('admin.criteria.remove', { number: index + 1 })}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="admin-actions">
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setRows((previous) => [
              ...previous,
              {
                key: `new-${(nextKey += 1)}`,
                kind: 'ATTESTATION',
                severity: 'HARD',
                label: emptyLocalized(),
                help: emptyLocalized(),
                parameters: '{}',
              },
            ]);
          }}
        >
          {t('admin.criteria.add')}
        </Button>
        <Button onClick={() => void save()}>{t('admin.criteria.save')}</Button>
      </div>
    </section>
  );
}
