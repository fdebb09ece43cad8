import { useTranslation } from 'react-i18next';
import { Button, ExternalLink, Heading, Paragraph } from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import { AddItemForm } from './add-item-form';
import { useAction } from './use-action';

const ADD_OUTCOME = graphql(`
  mutation WorkshopEventAddOutcome($input: AddEventOutcomeInput!) {
    addEventOutcome(input: $input) {
      canEdit
    }
  }
`);

const REMOVE_OUTCOME = graphql(`
  mutation WorkshopEventRemoveOutcome($input: RemoveEventOutcomeInput!) {
    removeEventOutcome(input: $input) {
      canEdit
    }
  }
`);

export interface Outcome {
  id: string;
  title: { text: string };
  body: { text: string };
  links: string[];
}

function AddOutcomeForm({ eventId, onChanged }: { eventId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <AddItemForm
      label={t('workshop.addOutcome')}
      fields={[
        { key: 'title', label: t('workshop.titleFi') },
        { key: 'body', label: t('workshop.bodyFi'), multiline: true, optional: true },
        { key: 'links', label: t('workshop.linksFi'), multiline: true, optional: true },
      ]}
      send={({ title, body, links }) =>
        request(ADD_OUTCOME, {
          input: {
            eventId,
            title: { fi: title },
            body: body ? { fi: body } : null,
            // One address a line; blank lines are not links.
            links: links
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line.length > 0),
          },
        })
      }
      onChanged={onChanged}
    />
  );
}

/** An event's recorded outcomes (the audience's, or anyone's where the academy made them public). */
export function EventOutcomes({
  eventId,
  outcomes,
  canEdit,
  onChanged,
}: {
  eventId: string;
  outcomes: Outcome[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { error, busy, run } = useAction(onChanged);
  return (
    <section aria-labelledby="outcomes-heading">
      <Heading variant="h2" id="outcomes-heading">
        {t('workshop.outcomes')}
      </Heading>
      {error && <ErrorAlert error={error} />}
      {outcomes.length === 0 && <Paragraph mb="m">{t('workshop.noOutcomes')}</Paragraph>}
      <ul className="plain-list" data-testid="outcomes">
        {outcomes.map((outcome) => (
          <li key={outcome.id} className="card">
            <Heading variant="h3">{outcome.title.text}</Heading>
            {outcome.body.text && <Paragraph mb="s">{outcome.body.text}</Paragraph>}
            {outcome.links.map((link) => (
              <Paragraph mb="s" key={link}>
                <ExternalLink href={link} labelNewWindow={t('workshop.newWindow')}>
                  {link}
                </ExternalLink>
              </Paragraph>
            ))}
            {canEdit && (
              <Button
                variant="secondary"
                disabled={busy}
                aria-label={t('workshop.removeNamed', { name: outcome.title.text })}
                onClick={() =>
                  void run(() => request(REMOVE_OUTCOME, { input: { outcomeId: outcome.id } }))
                }
              >
                {t('workshop.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && <AddOutcomeForm eventId={eventId} onChanged={onChanged} />}
    </section>
  );
}
