import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ExternalLink,
  Heading,
  Paragraph,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
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
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [links, setLinks] = useState('');
  const { error, busy, run } = useAction(onChanged);
  return (
    <form
      className="card"
      aria-label={t('workshop.addOutcome')}
      onSubmit={(submitted: FormEvent) => {
        submitted.preventDefault();
        void run(() =>
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
          }),
        ).then((ok) => {
          if (ok) {
            setTitle('');
            setBody('');
            setLinks('');
          }
        });
      }}
    >
      <Heading variant="h3">{t('workshop.addOutcome')}</Heading>
      {error && <ErrorAlert error={error} />}
      <TextInput
        labelText={t('workshop.titleFi')}
        value={title}
        onChange={(value) => setTitle(String(value ?? ''))}
      />
      <Textarea
        labelText={t('workshop.bodyFi')}
        optionalText={t('workshop.optional')}
        value={body}
        onChange={(changed) => setBody(changed.target.value)}
      />
      <Textarea
        labelText={t('workshop.linksFi')}
        optionalText={t('workshop.optional')}
        value={links}
        onChange={(changed) => setLinks(changed.target.value)}
      />
      <Button type="submit" disabled={busy}>
        {t('workshop.add')}
      </Button>
    </form>
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
