import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ExternalLink, Heading, Paragraph } from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import {
  AddItemForm,
  localized,
  localizedValues,
  type ItemField,
  type ItemValues,
} from './add-item-form';
import { StaffItemControls } from './staff-item-controls';

const ADD_OUTCOME = graphql(`
  mutation WorkshopEventAddOutcome($input: AddEventOutcomeInput!) {
    addEventOutcome(input: $input) {
      canEdit
    }
  }
`);

const UPDATE_OUTCOME = graphql(`
  mutation WorkshopEventUpdateOutcome($input: UpdateEventOutcomeInput!) {
    updateEventOutcome(input: $input) {
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

interface Text {
  text: string;
  fi: string;
  sv?: string | null;
  en?: string | null;
}

export interface Outcome {
  id: string;
  title: Text;
  body: Text;
  links: string[];
}

const outcomeFields = (t: TFunction): ItemField[] => [
  { key: 'title', label: t('workshop.title'), localized: true },
  { key: 'body', label: t('workshop.body'), multiline: true, optional: true, localized: true },
  { key: 'links', label: t('workshop.links'), multiline: true, optional: true },
];

// One address a line; blank lines are not links.
const linksOf = (values: ItemValues) =>
  (values.links ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function AddOutcomeForm({ eventId, onChanged }: { eventId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <AddItemForm
      label={t('workshop.addOutcome')}
      fields={outcomeFields(t)}
      send={(values) => {
        const body = localized(values, 'body');
        return request(ADD_OUTCOME, {
          input: {
            eventId,
            title: localized(values, 'title'),
            body: body.fi || body.sv || body.en ? body : null,
            links: linksOf(values),
          },
        });
      }}
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
  return (
    <section aria-labelledby="outcomes-heading">
      <Heading variant="h2" id="outcomes-heading">
        {t('workshop.outcomes')}
      </Heading>
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
              <StaffItemControls
                name={outcome.title.text}
                fields={outcomeFields(t)}
                initial={{
                  ...localizedValues('title', outcome.title),
                  ...localizedValues('body', outcome.body),
                  links: outcome.links.join('\n'),
                }}
                update={(values) =>
                  request(UPDATE_OUTCOME, {
                    input: {
                      outcomeId: outcome.id,
                      title: localized(values, 'title'),
                      body: localized(values, 'body'),
                      links: linksOf(values),
                    },
                  })
                }
                remove={() => request(REMOVE_OUTCOME, { input: { outcomeId: outcome.id } })}
                onChanged={onChanged}
              />
            )}
          </li>
        ))}
      </ul>
      {canEdit && <AddOutcomeForm eventId={eventId} onChanged={onChanged} />}
    </section>
  );
}
