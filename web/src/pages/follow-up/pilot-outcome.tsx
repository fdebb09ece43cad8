import { InlineAlert } from 'suomifi-ui-components';
import { ApiError } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';

/**
 * What the last action on the pilot card came to, keyed by the form it came from: `task`,
 * `measurement:<metricId>`, `update`, `comment:<updateId>`, … A field error is shown only at
 * the field of the form that sent it (two forms both have a date field: a measurement's
 * INVALID_DATE must not land under the task's due date).
 */
export interface Outcome {
  form: string;
  error?: ApiError;
  notice?: string;
}

/** Runs one action of the form `form`: its notice on success, its error on failure. */
export type Run = (form: string, work: () => Promise<string>) => void;

/** The input fields each kind of form shows errors at (the API names them `input.<field>`). */
const FIELDS_AT: Record<string, string[]> = {
  task: ['input.title', 'input.dueDate'],
  measurement: ['input.measuredOn', 'input.value'],
  update: ['input.body'],
  comment: ['input.body'],
};

const kindOf = (form: string) => form.split(':')[0];

export const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** The API's message for `field` when the last error came from the form `form`. */
export function fieldMessage(
  outcome: Outcome | null,
  form: string,
  field: string,
): string | undefined {
  if (!outcome?.error || outcome.form !== form) return undefined;
  return outcome.error.fieldMessage(field);
}

/** Whether the error already shows at one of its form's fields. */
function shownAtField(outcome: Outcome): boolean {
  const error = outcome.error;
  return (
    error !== undefined &&
    (FIELDS_AT[kindOf(outcome.form)] ?? []).some((field) => error.fieldMessage(field))
  );
}

/**
 * The outcome as an alert (error) or a status note, when it belongs to one of `forms` (the
 * kinds of form this place on the page answers for) and is not shown at a field.
 */
export function OutcomeAlert({
  outcome,
  forms,
}: {
  outcome: Outcome | null;
  forms: (form: string) => boolean;
}) {
  if (!outcome || !forms(outcome.form)) return null;
  if (outcome.error) {
    return shownAtField(outcome) ? null : <ErrorAlert error={outcome.error} />;
  }
  return (
    <InlineAlert status="neutral" role="status" mb="m">
      {outcome.notice}
    </InlineAlert>
  );
}
