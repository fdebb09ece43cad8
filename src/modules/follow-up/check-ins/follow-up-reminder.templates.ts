import type { Locale } from '../../../common/i18n/locale.js';
import {
  escapeHtml,
  fillTemplate,
  htmlLayout,
  textLayout,
  type RenderedMail,
} from '../../mail/templates/layout.js';

export interface CheckInMailParams {
  academyTitle: string;
  pilotTitle: string;
  /** The period's last day, written for the reader (e.g. 30.9.2027). */
  periodEnd: string;
  url: string;
}

export interface TaskDueMailParams {
  academyTitle: string;
  pilotTitle: string;
  taskTitle: string;
  /** The due date, written for the reader. */
  dueDate: string;
  url: string;
}

interface Copy {
  subject: string;
  paragraphs: string[];
  button: string;
}

const CHECK_IN: Record<Locale, Copy> = {
  fi: {
    subject: 'Kerro pilotin {pilot} edistymisestä',
    paragraphs: [
      'Pilottiin {pilot} (akatemia {academy}) ei ole kirjoitettu edistymispäivitystä tällä jaksolla.',
      'Kirjoita lyhyt päivitys viimeistään {end}: mitä on tehty ja mikä on seuraava askel.',
    ],
    button: 'Avaa pilotti',
  },
  sv: {
    subject: 'Berätta hur piloten {pilot} framskrider',
    paragraphs: [
      'Ingen lägesrapport har skrivits för piloten {pilot} ({academy}) under denna period.',
      'Skriv en kort rapport senast {end}: vad som har gjorts och vad som är nästa steg.',
    ],
    button: 'Öppna piloten',
  },
  en: {
    subject: 'How is the pilot {pilot} going?',
    paragraphs: [
      'No progress update has been written for the pilot {pilot} ({academy}) in this period.',
      "Please write a short update by {end}: what has been done and what's next.",
    ],
    button: 'Open the pilot',
  },
};

const TASK_DUE: Record<Locale, Copy> = {
  fi: {
    subject: 'Tehtävä erääntyy {due}: {task}',
    paragraphs: [
      'Pilotin {pilot} (akatemia {academy}) tehtävä "{task}" erääntyy {due}.',
      'Merkitse tehtävä tehdyksi, kun se on valmis.',
    ],
    button: 'Avaa pilotti',
  },
  sv: {
    subject: 'Uppgiften förfaller {due}: {task}',
    paragraphs: [
      'Uppgiften "{task}" i piloten {pilot} ({academy}) förfaller {due}.',
      'Markera uppgiften som klar när den är gjord.',
    ],
    button: 'Öppna piloten',
  },
  en: {
    subject: 'Task due {due}: {task}',
    paragraphs: [
      'The task "{task}" of the pilot {pilot} ({academy}) is due on {due}.',
      'Mark it done once it is.',
    ],
    button: 'Open the pilot',
  },
};

function render(
  copy: Copy,
  locale: Locale,
  values: Record<string, string>,
  url: string,
): RenderedMail {
  const plain = (value: string): string => value;
  return {
    subject: fillTemplate(copy.subject, values, plain),
    text: textLayout(locale, [
      ...copy.paragraphs.map((paragraph) => fillTemplate(paragraph, values, plain)),
      url,
    ]),
    html: htmlLayout(
      locale,
      copy.paragraphs.map((paragraph) => fillTemplate(paragraph, values, escapeHtml)),
      { label: copy.button, url },
    ),
  };
}

/** To a pilot's responsible person: no progress update yet in this check-in period. */
export function renderCheckInMail(locale: Locale, params: CheckInMailParams): RenderedMail {
  return render(
    CHECK_IN[locale],
    locale,
    { academy: params.academyTitle, pilot: params.pilotTitle, end: params.periodEnd },
    params.url,
  );
}

/** To a task's owner: the task is due soon. */
export function renderTaskDueMail(locale: Locale, params: TaskDueMailParams): RenderedMail {
  return render(
    TASK_DUE[locale],
    locale,
    {
      academy: params.academyTitle,
      pilot: params.pilotTitle,
      task: params.taskTitle,
      due: params.dueDate,
    },
    params.url,
  );
}
