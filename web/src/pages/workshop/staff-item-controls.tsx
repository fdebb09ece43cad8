import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/error-alert';
import { AddItemForm, type ItemField, type ItemValues } from './add-item-form';
import { useAction } from './use-action';

/**
 * Staff's Edit and Remove for one material, assignment or outcome: Edit opens the item's form
 * with its texts in fi/sv/en as saved; Remove removes it at once (the API audits both).
 */
export function StaffItemControls({
  name,
  fields,
  initial,
  update,
  remove,
  onChanged,
}: {
  name: string;
  fields: readonly ItemField[];
  initial: ItemValues;
  update: (values: ItemValues) => Promise<unknown>;
  remove: () => Promise<unknown>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { error, busy, run } = useAction(onChanged);
  if (editing)
    return (
      <AddItemForm
        label={t('workshop.editNamed', { name })}
        fields={fields}
        initial={initial}
        submitLabel={t('workshop.save')}
        send={update}
        onChanged={() => {
          setEditing(false);
          onChanged();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <div className="button-row">
        <Button
          variant="secondary"
          aria-label={t('workshop.editNamed', { name })}
          onClick={() => setEditing(true)}
        >
          {t('workshop.edit')}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          aria-label={t('workshop.removeNamed', { name })}
          onClick={() => void run(remove)}
        >
          {t('workshop.remove')}
        </Button>
      </div>
    </>
  );
}
