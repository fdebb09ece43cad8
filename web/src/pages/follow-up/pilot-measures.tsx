import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { graphql } from '../../gql';
import type { MeasureStatus } from '../../gql/graphql';
import type { Run } from './pilot-outcome';

const CATALOGUE = graphql(`
  query PilotMeasureCatalogue($academyId: ID!) {
    circularMeasures(academyId: $academyId) {
      id
      key
      label {
        text
      }
      takesCriterionText
    }
  }
`);

const SET_MEASURE = graphql(`
  mutation PilotSetMeasure($input: SetTrackedActionMeasureInput!) {
    setTrackedActionMeasure(input: $input) {
      id
    }
  }
`);

export const MEASURE_STATUSES: MeasureStatus[] = ['PLANNED', 'APPLIED', 'NOT_USED'];

export type PilotMeasure = {
  status: MeasureStatus;
  note?: string | null;
  criterionText?: string | null;
  measure: { id: string };
};

type CatalogueEntry = {
  id: string;
  key: string;
  label: { text: string };
  takesCriterionText: boolean;
};

function MeasureRow({
  pilotId,
  entry,
  use,
  canEdit,
  pending,
  run,
}: {
  pilotId: string;
  entry: CatalogueEntry;
  use: PilotMeasure | undefined;
  canEdit: boolean;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(use?.status ?? '');
  const [note, setNote] = useState(use?.note ?? '');
  const [criterion, setCriterion] = useState(use?.criterionText ?? '');
  const headingId = `measure-${entry.id}`;
  return (
    <li data-testid="measure" aria-labelledby={headingId}>
      <strong id={headingId}>{entry.label.text}</strong>
      {' · '}
      {use ? t(`followUp.measureStatuses.${use.status}`) : t('followUp.measureNotChosen')}
      {use?.note && <Paragraph>{use.note}</Paragraph>}
      {use?.criterionText && (
        <Paragraph>
          {t('followUp.criterionText')}: {use.criterionText}
        </Paragraph>
      )}
      {canEdit && (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run(`measure:${entry.id}`, async () => {
              await request(SET_MEASURE, {
                input: {
                  trackedActionId: pilotId,
                  measureId: entry.id,
                  status: status as MeasureStatus,
                  note: note.trim() || null,
                  criterionText: entry.takesCriterionText ? criterion.trim() || null : null,
                },
              });
              return t('followUp.measureSaved', { measure: entry.label.text });
            });
          }}
        >
          <Dropdown
            labelText={t('followUp.measureStatus', { measure: entry.label.text })}
            visualPlaceholder={t('followUp.chooseStatus')}
            value={status}
            onChange={setStatus}
          >
            {MEASURE_STATUSES.map((value) => (
              <DropdownItem key={value} value={value}>
                {t(`followUp.measureStatuses.${value}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput
            labelText={t('followUp.measureNote', { measure: entry.label.text })}
            optionalText={t('followUp.optional')}
            value={note}
            onChange={(value) => setNote(String(value ?? ''))}
            fullWidth
          />
          {entry.takesCriterionText && (
            <TextInput
              labelText={t('followUp.criterionTextFor', { measure: entry.label.text })}
              optionalText={t('followUp.optional')}
              value={criterion}
              onChange={(value) => setCriterion(String(value ?? ''))}
              fullWidth
            />
          )}
          <Button type="submit" variant="secondary" disabled={pending || status === ''}>
            {t('followUp.saveMeasure')}
          </Button>
        </form>
      )}
    </li>
  );
}

/** The pilot's circular measures against the academy's catalogue; the team sets each. */
export function PilotMeasures({
  academyId,
  pilotId,
  measures,
  canEdit,
  pending,
  run,
}: {
  academyId: string;
  pilotId: string;
  measures: PilotMeasure[];
  canEdit: boolean;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const result = useQuery(CATALOGUE, { academyId });
  return (
    <>
      <Heading variant="h3" mt="m" mb="s">
        {t('followUp.measures')}
      </Heading>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' &&
        (result.data.circularMeasures.length === 0 ? (
          <Paragraph>{t('followUp.noCatalogue')}</Paragraph>
        ) : (
          <ul className="plain-list" data-testid="measures">
            {result.data.circularMeasures.map((entry) => (
              <MeasureRow
                key={`${entry.id}-${measures.find((m) => m.measure.id === entry.id)?.status ?? ''}`}
                pilotId={pilotId}
                entry={entry}
                use={measures.find((m) => m.measure.id === entry.id)}
                canEdit={canEdit}
                pending={pending}
                run={run}
              />
            ))}
          </ul>
        ))}
    </>
  );
}
