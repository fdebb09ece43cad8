import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/error-alert';
import { useAction } from './use-action';

/** One field of a staff form: a line (optionally a URL) or a longer text. */
export interface ItemField {
  key: string;
  label: string;
  multiline?: boolean;
  optional?: boolean;
  hint?: string;
  type?: 'url';
}

/**
 * The event page's staff forms (a material, an assignment, an outcome): the fields as
 * typed, sent by `send`; emptied once the API accepts them, the API's refusal shown.
 */
export function AddItemForm({
  label,
  fields,
  send,
  onChanged,
}: {
  label: string;
  fields: readonly ItemField[];
  send: (values: Record<string, string>) => Promise<unknown>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const empty = () => Object.fromEntries(fields.map((field) => [field.key, '']));
  const [values, setValues] = useState<Record<string, string>>(empty);
  const { error, busy, run } = useAction(onChanged);
  const set = (key: string, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  return (
    <form
      className="card"
      aria-label={label}
      onSubmit={(submitted: FormEvent) => {
        submitted.preventDefault();
        void run(() => send(values)).then((ok) => {
          if (ok) setValues(empty());
        });
      }}
    >
      <Heading variant="h3">{label}</Heading>
      {error && <ErrorAlert error={error} />}
      {fields.map((field) =>
        field.multiline ? (
          <Textarea
            key={field.key}
            labelText={field.label}
            optionalText={field.optional ? t('workshop.optional') : undefined}
            value={values[field.key]}
            onChange={(changed) => set(field.key, changed.target.value)}
          />
        ) : (
          <TextInput
            key={field.key}
            labelText={field.label}
            optionalText={field.optional ? t('workshop.optional') : undefined}
            hintText={field.hint}
            type={field.type}
            value={values[field.key]}
            onChange={(value) => set(field.key, String(value ?? ''))}
          />
        ),
      )}
      <Button type="submit" disabled={busy}>
        {t('workshop.add')}
      </Button>
    </form>
  );
}
