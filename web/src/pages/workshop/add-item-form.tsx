import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/error-alert';
import { useAction } from './use-action';

/**
 * One field of a staff form: a line (optionally a URL) or a longer text. A `localized`
 * field is typed in Finnish (required unless `optional`), Swedish and English (optional),
 * as the API's LocalizedTitleInput / LocalizedTextInput take it; its values are kept as
 * `<key>.fi`, `<key>.sv` and `<key>.en`.
 */
export interface ItemField {
  key: string;
  label: string;
  multiline?: boolean;
  optional?: boolean;
  localized?: boolean;
  hint?: string;
  type?: 'url';
}

export type ItemValues = Record<string, string>;

const LANGUAGES = ['fi', 'sv', 'en'] as const;

/** The field's inputs: one, or one per language for a localized field. */
function inputsOf(
  field: ItemField,
): Array<{ name: string; language?: (typeof LANGUAGES)[number] }> {
  return field.localized
    ? LANGUAGES.map((language) => ({ name: `${field.key}.${language}`, language }))
    : [{ name: field.key }];
}

/** `{ fi, sv, en }` of a localized field as the API takes it; sv/en left out when empty. */
export function localized(values: ItemValues, key: string) {
  return {
    fi: values[`${key}.fi`] ?? '',
    sv: values[`${key}.sv`] || null,
    en: values[`${key}.en`] || null,
  };
}

/** The values of a localized text as the form holds them (for editing). */
export function localizedValues(
  key: string,
  text: { fi: string; sv?: string | null; en?: string | null },
): ItemValues {
  return { [`${key}.fi`]: text.fi, [`${key}.sv`]: text.sv ?? '', [`${key}.en`]: text.en ?? '' };
}

/**
 * The event page's staff forms (a material, an assignment, an outcome), to add one or to
 * edit one (`initial` and `onCancel` given): the fields as typed, sent by `send`; an added
 * item's form is emptied once the API accepts it, the API's refusal is shown with each
 * field's own message next to it.
 */
export function AddItemForm({
  label,
  fields,
  send,
  onChanged,
  initial,
  submitLabel,
  onCancel,
}: {
  label: string;
  fields: readonly ItemField[];
  send: (values: ItemValues) => Promise<unknown>;
  onChanged: () => void;
  initial?: ItemValues;
  submitLabel?: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const empty = (): ItemValues =>
    Object.fromEntries(
      fields.flatMap((field) => inputsOf(field).map(({ name }) => [name, initial?.[name] ?? ''])),
    );
  const [values, setValues] = useState<ItemValues>(empty);
  const { error, busy, run } = useAction(onChanged);
  const set = (key: string, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const languageLabel = (field: ItemField, language?: (typeof LANGUAGES)[number]) => {
    const label = field.label;
    if (language === 'fi') return t('workshop.inLanguage.fi', { label });
    if (language === 'sv') return t('workshop.inLanguage.sv', { label });
    if (language === 'en') return t('workshop.inLanguage.en', { label });
    return label;
  };
  return (
    <form
      className="card"
      aria-label={label}
      onSubmit={(submitted: FormEvent) => {
        submitted.preventDefault();
        void run(() => send(values)).then((ok) => {
          if (ok && !initial) setValues(empty());
        });
      }}
    >
      <Heading variant="h3">{label}</Heading>
      {error && <ErrorAlert error={error} />}
      {fields.flatMap((field) =>
        inputsOf(field).map(({ name, language }) => {
          const common = {
            labelText: languageLabel(field, language),
            // Only Finnish (or a plain field) can be required; Swedish and English never are.
            optionalText:
              field.optional || (language && language !== 'fi')
                ? t('workshop.optional')
                : undefined,
            status: error?.fieldMessage(`input.${name}`)
              ? ('error' as const)
              : ('default' as const),
            statusText: error?.fieldMessage(`input.${name}`),
          };
          return field.multiline ? (
            <Textarea
              key={name}
              {...common}
              value={values[name]}
              onChange={(changed) => set(name, changed.target.value)}
            />
          ) : (
            <TextInput
              key={name}
              {...common}
              hintText={field.hint}
              type={field.type}
              value={values[name]}
              onChange={(value) => set(name, String(value ?? ''))}
            />
          );
        }),
      )}
      <div className="button-row">
        <Button type="submit" disabled={busy}>
          {submitLabel ?? t('workshop.add')}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('workshop.cancelEdit')}
          </Button>
        )}
      </div>
    </form>
  );
}
