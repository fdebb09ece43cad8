import { Locale } from '../../../common/i18n/locale.js';
import { renderCheckInMail, renderTaskDueMail } from './follow-up-reminder.templates.js';

describe('follow-up reminder mails', () => {
  const checkIn = {
    academyTitle: 'Kiertotalousakatemia',
    pilotTitle: 'Koulun <peruskorjaus>',
    periodEnd: '30.9.2027',
    url: 'https://akatemia.test/academies/kiertotalous',
  };
  const taskDue = { ...checkIn, taskTitle: 'Markkinavuoropuhelu', dueDate: '20.9.2027' };

  it('writes the check-in reminder in fi, sv and en, escaping HTML', () => {
    expect(subjectsOf(renderCheckInMail)).toEqual([
      'Kerro pilotin Koulun <peruskorjaus> edistymisestä',
      'Berätta hur piloten Koulun <peruskorjaus> framskrider',
      'How is the pilot Koulun <peruskorjaus> going?',
    ]);
    const mail = renderCheckInMail(Locale.en, checkIn);
    expect(mail.text).toContain('by 30.9.2027');
    expect(mail.text).toContain(checkIn.url);
    expect(mail.html).toContain('Koulun &lt;peruskorjaus&gt;');
  });

  it('writes the task-due reminder in fi, sv and en', () => {
    expect(
      [Locale.fi, Locale.sv, Locale.en].map((locale) => renderTaskDueMail(locale, taskDue).subject),
    ).toEqual([
      'Tehtävä erääntyy 20.9.2027: Markkinavuoropuhelu',
      'Uppgiften förfaller 20.9.2027: Markkinavuoropuhelu',
      'Task due 20.9.2027: Markkinavuoropuhelu',
    ]);
  });

  function subjectsOf(render: typeof renderCheckInMail): string[] {
    return [Locale.fi, Locale.sv, Locale.en].map((locale) => render(locale, checkIn).subject);
  }
});
