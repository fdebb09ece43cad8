import { useState, type FormEvent } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  Block,
  Button,
  ExternalLink,
  Heading,
  Paragraph,
  RouterLink,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RegistrationPanel } from '../registration/registration-panel';
import {
  AddItemForm,
  localized,
  localizedValues,
  type ItemField,
  type ItemValues,
} from './add-item-form';
import { StaffItemControls } from './staff-item-controls';
import type { WorkshopEventPageQuery } from '../../gql/graphql';
import { EventOutcomes } from './event-outcomes';
import { useAction } from './use-action';

const WORKSHOP_EVENT = graphql(`
  query WorkshopEventPage($eventId: ID!) {
    workshopEvent(eventId: $eventId) {
      academySlug
      inAudience
      canEdit
      event {
        id
        academyId
        title {
          text
        }
        description {
          text
        }
        start {
          text
          zoneName
        }
      }
      materials {
        id
        title {
          text
          fi
          sv
          en
        }
        body {
          text
          fi
          sv
          en
        }
        url
      }
      assignments {
        id
        title {
          text
          fi
          sv
          en
        }
        instructions {
          text
          fi
          sv
          en
        }
        due {
          text
          zoneName
          local
        }
        completions {
          organisationId
          organisationName
          done
          doneByName
          answer
          link
        }
      }
      outcomes {
        id
        title {
          text
          fi
          sv
          en
        }
        body {
          text
          fi
          sv
          en
        }
        links
      }
    }
  }
`);

const MARK_DONE = graphql(`
  mutation WorkshopEventMarkDone($input: MarkAssignmentDoneInput!) {
    markAssignmentDone(input: $input) {
      canEdit
    }
  }
`);

const UNMARK_DONE = graphql(`
  mutation WorkshopEventUnmarkDone($input: UnmarkAssignmentDoneInput!) {
    unmarkAssignmentDone(input: $input) {
      canEdit
    }
  }
`);

const ADD_MATERIAL = graphql(`
  mutation WorkshopEventAddMaterial($input: AddEventMaterialInput!) {
    addEventMaterial(input: $input) {
      canEdit
    }
  }
`);

const UPDATE_MATERIAL = graphql(`
  mutation WorkshopEventUpdateMaterial($input: UpdateEventMaterialInput!) {
    updateEventMaterial(input: $input) {
      canEdit
    }
  }
`);

const REMOVE_MATERIAL = graphql(`
  mutation WorkshopEventRemoveMaterial($input: RemoveEventMaterialInput!) {
    removeEventMaterial(input: $input) {
      canEdit
    }
  }
`);

const ADD_ASSIGNMENT = graphql(`
  mutation WorkshopEventAddAssignment($input: AddEventAssignmentInput!) {
    addEventAssignment(input: $input) {
      canEdit
    }
  }
`);

const UPDATE_ASSIGNMENT = graphql(`
  mutation WorkshopEventUpdateAssignment($input: UpdateEventAssignmentInput!) {
    updateEventAssignment(input: $input) {
      canEdit
    }
  }
`);

const REMOVE_ASSIGNMENT = graphql(`
  mutation WorkshopEventRemoveAssignment($input: RemoveEventAssignmentInput!) {
    removeEventAssignment(input: $input) {
      canEdit
    }
  }
`);

type Workshop = WorkshopEventPageQuery['workshopEvent'];
type Assignment = NonNullable<Workshop['assignments']>[number];
type Completion = Assignment['completions'][number];

/** One organisation's status, with mark done / undo for its members. */
function MyStatus({
  assignment,
  completion,
  onChanged,
}: {
  assignment: Assignment;
  completion: Completion;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState(completion.answer ?? '');
  const [link, setLink] = useState(completion.link ?? '');
  const { error, busy, run } = useAction(onChanged);
  const id = `status-${assignment.id}-${completion.organisationId}`;
  const input = { assignmentId: assignment.id, organisationId: completion.organisationId };
  return (
    <Block className="card" data-testid="my-status" aria-labelledby={id}>
      <Paragraph mb="s" id={id}>
        <strong>{completion.organisationName}</strong>:{' '}
        {completion.done
          ? t('workshop.done', { name: completion.doneByName ?? '' })
          : t('workshop.notDone')}
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      {completion.done ? (
        <>
          {completion.answer && <Paragraph mb="s">{completion.answer}</Paragraph>}
          {completion.link && (
            <Paragraph mb="s">
              <ExternalLink href={completion.link} labelNewWindow={t('workshop.newWindow')}>
                {completion.link}
              </ExternalLink>
            </Paragraph>
          )}
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void run(() => request(UNMARK_DONE, { input }))}
          >
            {t('workshop.undo')}
          </Button>
        </>
      ) : (
        <form
          onSubmit={(submitted: FormEvent) => {
            submitted.preventDefault();
            void run(() =>
              request(MARK_DONE, {
                input: { ...input, answer: answer || null, link: link || null },
              }),
            );
          }}
        >
          <Textarea
            labelText={t('workshop.answer')}
            optionalText={t('workshop.optional')}
            value={answer}
            onChange={(changed) => setAnswer(changed.target.value)}
          />
          <TextInput
            labelText={t('workshop.link')}
            optionalText={t('workshop.optional')}
            type="url"
            value={link}
            onChange={(value) => setLink(String(value ?? ''))}
          />
          <Button type="submit" disabled={busy}>
            {t('workshop.markDone')}
          </Button>
        </form>
      )}
    </Block>
  );
}

/** Staff: who has done what. */
function CompletionTable({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation();
  if (assignment.completions.length === 0)
    return <Paragraph mb="s">{t('workshop.noOrganisations')}</Paragraph>;
  return (
    <table className="table" data-testid="completions">
      <caption>{t('workshop.whoHasDone')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workshop.organisation')}</th>
          <th scope="col">{t('workshop.status')}</th>
          <th scope="col">{t('workshop.answer')}</th>
        </tr>
      </thead>
      <tbody>
        {assignment.completions.map((row) => (
          <tr key={row.organisationId}>
            <th scope="row">{row.organisationName}</th>
            <td>
              {row.done
                ? t('workshop.done', { name: row.doneByName ?? '' })
                : t('workshop.notDone')}
            </td>
            <td>
              {row.answer}
              {row.link && (
                <>
                  {row.answer ? ' · ' : ''}
                  <ExternalLink href={row.link} labelNewWindow={t('workshop.newWindow')}>
                    {row.link}
                  </ExternalLink>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const materialFields = (t: TFunction): ItemField[] => [
  { key: 'title', label: t('workshop.title'), localized: true },
  { key: 'body', label: t('workshop.body'), multiline: true, optional: true, localized: true },
  { key: 'url', label: t('workshop.url'), optional: true, type: 'url' },
];

const assignmentFields = (t: TFunction): ItemField[] => [
  { key: 'title', label: t('workshop.title'), localized: true },
  {
    key: 'instructions',
    label: t('workshop.instructions'),
    multiline: true,
    optional: true,
    localized: true,
  },
  { key: 'dueAt', label: t('workshop.dueAt'), hint: t('workshop.dueAtHint') },
];

/** `2027-09-13T16:00:00` as typed (`2027-09-13T16:00`): the form's hint has no seconds. */
const toMinutes = (local: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:00$/.test(local) ? local.slice(0, 16) : local;

/** A longer text as sent: all three languages when Finnish or a translation is typed. */
const optionalText = (values: ItemValues, key: string) => {
  const text = localized(values, key);
  return text.fi || text.sv || text.en ? text : null;
};

function AddMaterialForm({ eventId, onChanged }: { eventId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <AddItemForm
      label={t('workshop.addMaterial')}
      fields={materialFields(t)}
      send={(values) =>
        request(ADD_MATERIAL, {
          input: {
            eventId,
            title: localized(values, 'title'),
            body: optionalText(values, 'body'),
            url: values.url || null,
          },
        })
      }
      onChanged={onChanged}
    />
  );
}

function AddAssignmentForm({ eventId, onChanged }: { eventId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <AddItemForm
      label={t('workshop.addAssignment')}
      fields={assignmentFields(t)}
      send={(values) =>
        request(ADD_ASSIGNMENT, {
          input: {
            eventId,
            title: localized(values, 'title'),
            instructions: optionalText(values, 'instructions'),
            dueAt: values.dueAt,
          },
        })
      }
      onChanged={onChanged}
    />
  );
}

function WorkshopContent({ workshop, onChanged }: { workshop: Workshop; onChanged: () => void }) {
  const { t } = useTranslation();
  const { event, materials, assignments, canEdit } = workshop;
  if (!materials || !assignments)
    return <Paragraph mb="m">{t('workshop.notInAudience')}</Paragraph>;
  return (
    <>
      {/* Registration, where the event takes it (the panel shows nothing otherwise). */}
      <RegistrationPanel eventId={event.id} />
      <section aria-labelledby="materials-heading">
        <Heading variant="h2" id="materials-heading">
          {t('workshop.materials')}
        </Heading>
        {materials.length === 0 && <Paragraph mb="m">{t('workshop.noMaterials')}</Paragraph>}
        <ul className="plain-list" data-testid="materials">
          {materials.map((material) => (
            <li key={material.id} className="card">
              <Heading variant="h3">{material.title.text}</Heading>
              {material.body.text && <Paragraph mb="s">{material.body.text}</Paragraph>}
              {material.url && (
                <Paragraph mb="s">
                  <ExternalLink href={material.url} labelNewWindow={t('workshop.newWindow')}>
                    {material.url}
                  </ExternalLink>
                </Paragraph>
              )}
              {canEdit && (
                <StaffItemControls
                  name={material.title.text}
                  fields={materialFields(t)}
                  initial={{
                    ...localizedValues('title', material.title),
                    ...localizedValues('body', material.body),
                    url: material.url ?? '',
                  }}
                  // Every field is sent: an emptied text or link is cleared.
                  update={(values) =>
                    request(UPDATE_MATERIAL, {
                      input: {
                        materialId: material.id,
                        title: localized(values, 'title'),
                        body: localized(values, 'body'),
                        url: values.url || null,
                      },
                    })
                  }
                  remove={() => request(REMOVE_MATERIAL, { input: { materialId: material.id } })}
                  onChanged={onChanged}
                />
              )}
            </li>
          ))}
        </ul>
        {canEdit && <AddMaterialForm eventId={event.id} onChanged={onChanged} />}
      </section>
      <section aria-labelledby="assignments-heading">
        <Heading variant="h2" id="assignments-heading">
          {t('workshop.assignments')}
        </Heading>
        {assignments.length === 0 && <Paragraph mb="m">{t('workshop.noAssignments')}</Paragraph>}
        {assignments.map((assignment) => (
          <article key={assignment.id} className="card" data-testid="assignment">
            <Heading variant="h3">{assignment.title.text}</Heading>
            <Paragraph mb="s">
              {t('workshop.due', { due: assignment.due.text, zone: assignment.due.zoneName })}
            </Paragraph>
            {assignment.instructions.text && (
              <Paragraph mb="s">{assignment.instructions.text}</Paragraph>
            )}
            {canEdit ? (
              <>
                <CompletionTable assignment={assignment} />
                <StaffItemControls
                  name={assignment.title.text}
                  fields={assignmentFields(t)}
                  initial={{
                    ...localizedValues('title', assignment.title),
                    ...localizedValues('instructions', assignment.instructions),
                    dueAt: toMinutes(assignment.due.local),
                  }}
                  update={(values) =>
                    request(UPDATE_ASSIGNMENT, {
                      input: {
                        assignmentId: assignment.id,
                        title: localized(values, 'title'),
                        instructions: localized(values, 'instructions'),
                        dueAt: values.dueAt,
                      },
                    })
                  }
                  remove={() =>
                    request(REMOVE_ASSIGNMENT, { input: { assignmentId: assignment.id } })
                  }
                  onChanged={onChanged}
                />
              </>
            ) : (
              assignment.completions.map((completion) => (
                <MyStatus
                  key={`${completion.organisationId}-${completion.done ? 'done' : 'open'}`}
                  assignment={assignment}
                  completion={completion}
                  onChanged={onChanged}
                />
              ))
            )}
          </article>
        ))}
        {canEdit && <AddAssignmentForm eventId={event.id} onChanged={onChanged} />}
      </section>
    </>
  );
}

/**
 * `/academies/:slug/events/:eventId`: an event's materials, assignments and recorded outcomes;
 * staff edit them.
 */
export function WorkshopEventPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const result = useQuery(WORKSHOP_EVENT, { eventId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') {
    if (result.error.code === 'NOT_FOUND' || result.error.code === 'BAD_USER_INPUT')
      return <NotFoundPage />;
    return <ErrorAlert error={result.error} />;
  }
  const workshop = result.data.workshopEvent;
  return (
    <>
      <PageHeading>{workshop.event.title.text}</PageHeading>
      <Paragraph mb="m">
        {t('workshop.starts', {
          start: workshop.event.start.text,
          zone: workshop.event.start.zoneName,
        })}
      </Paragraph>
      {workshop.event.description.text && (
        <Paragraph mb="m">{workshop.event.description.text}</Paragraph>
      )}
      {workshop.canEdit && (
        <Paragraph mb="m">
          <RouterLink
            asComponent={RouterDomLink}
            to={`/admin/academies/${workshop.event.academyId}/events/${workshop.event.id}/attendance`}
          >
            {t('workshop.attendanceSheet')}
          </RouterLink>
        </Paragraph>
      )}
      <WorkshopContent workshop={workshop} onChanged={result.reload} />
      {workshop.outcomes && (
        <EventOutcomes
          eventId={workshop.event.id}
          outcomes={workshop.outcomes}
          canEdit={workshop.canEdit}
          onChanged={result.reload}
        />
      )}
    </>
  );
}

export { WorkshopEventPage as Component };
