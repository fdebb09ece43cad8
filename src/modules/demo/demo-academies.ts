import { DateTime } from 'luxon';
import type { AcademySeed } from '../academies/academies.service.js';
import { AcademyStatus } from '../academies/academy.enums.js';

const ZONE = 'Europe/Helsinki';

const local = (iso: string): Date => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
// "by 31.5." means until the end of that day in the academy's zone.
const endOfLocalDay = (isoDate: string): Date =>
  DateTime.fromISO(isoDate, { zone: ZONE }).endOf('day').toJSDate();

const DESCRIPTION_FI_2023 =
  'Kiertotalouden teema-akatemia tarjoaa asiantuntijoiden valmennusta kiertotalouden edistämiseen ' +
  'julkisilla hankinnoilla. Vuoden 2023 akatemiassa keskitytään erityisesti rakentamisen ' +
  'kiertotalouteen. Organisaatiosi saa sparrausta kiertotaloutta edistävien toimenpiteiden ja ' +
  'hankintakriteerien valintaan omassa pilottihankinnassa.';
const DESCRIPTION_SV_2023 =
  'Temaakademin för cirkulär ekonomi erbjuder expertcoachning i att främja cirkulär ekonomi genom ' +
  'offentlig upphandling. Akademin 2023 fokuserar särskilt på cirkulär ekonomi i byggandet. Din ' +
  'organisation får sparring i att välja åtgärder och upphandlingskriterier för sin egen pilotupphandling.';
const DESCRIPTION_EN_2023 =
  'The circular-economy theme academy offers expert coaching in advancing the circular economy ' +
  'through public procurement. The 2023 academy focuses on circularity in construction. Your ' +
  'organisation gets sparring in choosing circular measures and procurement criteria for its own ' +
  'pilot procurement.';

/** The reference academy: the 2023 circular-economy academy with its real dates. */
export function referenceAcademy2023(): AcademySeed {
  return {
    slug: 'kiertotalous-2023',
    theme: 'kiertotalous',
    title: {
      fi: 'Kiertotaloushankintojen johtamisen teema-akatemia 2023',
      sv: 'Temaakademin för ledning av cirkulära upphandlingar 2023',
      en: 'Circular-economy procurement leadership theme academy 2023',
    },
    description: { fi: DESCRIPTION_FI_2023, sv: DESCRIPTION_SV_2023, en: DESCRIPTION_EN_2023 },
    timeZone: ZONE,
    // The call was published in spring 2023; the source gives no opening date.
    applicationOpensAt: local('2023-04-17T00:00'),
    applicationDeadline: endOfLocalDay('2023-05-31'),
    consultationBookingDeadline: endOfLocalDay('2023-05-31'),
    // "Announced before Midsummer" (Midsummer Eve 23.6.2023).
    selectionAnnouncementAt: local('2023-06-22T12:00'),
    capacity: 7,
    // The accepted organisations confirmed by the end of June; a promoted reserve had a week.
    confirmationDeadline: endOfLocalDay('2023-06-30'),
    reserveResponseDays: 7,
    teamSizeLimit: 6,
    // Turned on by the demo-programme-2023 step when it records the outcomes (as the organiser did).
    publicOutcomes: false,
    consultationChangeCutoffHours: 24,
    status: AcademyStatus.ALUMNI,
  };
}

/**
 * The next edition, open for applications on the day the demo is seeded: opened two weeks
 * ago, closes eight weeks from today at the end of the day, Helsinki time.
 */
export function nextEdition(today: Date): AcademySeed {
  const day = DateTime.fromJSDate(today, { zone: ZONE }).startOf('day');
  const deadline = day.plus({ weeks: 8 }).endOf('day');
  const year = deadline.year;
  return {
    slug: `kiertotalous-${year}`,
    theme: 'kiertotalous',
    title: {
      fi: `Kiertotaloushankintojen johtamisen teema-akatemia ${year}`,
      sv: `Temaakademin för ledning av cirkulära upphandlingar ${year}`,
      en: `Circular-economy procurement leadership theme academy ${year}`,
    },
    description: {
      fi:
        'Kiertotalousakatemian seuraava vuosikerta. Haku on auki: kunnat, kuntayhtymät, valtion ' +
        'virastot ja laitokset, seurakunnat ja muut julkiset hankintayksiköt voivat hakea mukaan ' +
        'omalla rakentamisen pilottihankinnallaan.',
      sv:
        'Nästa upplaga av akademin för cirkulär ekonomi. Ansökan är öppen: kommuner, samkommuner, ' +
        'statliga myndigheter och inrättningar, församlingar och andra offentliga upphandlande ' +
        'enheter kan söka med en egen pilotupphandling inom byggande.',
      en:
        'The next edition of the circular-economy academy. Applications are open: municipalities, ' +
        'joint municipal authorities, state agencies and institutions, parishes and other public ' +
        'contracting entities can apply with a construction pilot procurement of their own.',
    },
    timeZone: ZONE,
    applicationOpensAt: day.minus({ weeks: 2 }).toJSDate(),
    applicationDeadline: deadline.toJSDate(),
    consultationBookingDeadline: deadline.toJSDate(),
    selectionAnnouncementAt: deadline
      .plus({ weeks: 3 })
      .set({ hour: 12, minute: 0, second: 0, millisecond: 0 })
      .toJSDate(),
    capacity: 8,
    confirmationDeadline: null,
    reserveResponseDays: 7,
    teamSizeLimit: 6,
    publicOutcomes: false,
    consultationChangeCutoffHours: 24,
    status: AcademyStatus.OPEN,
  };
}
