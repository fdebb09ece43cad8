import { formatZoned } from '../time/zoned-time.js';
import type { Locale } from './locale.js';

/** An instant shown in a zone, formatted in the reader's language when the message is. */
export interface ZonedParam {
  instant: Date;
  zone: string;
}
export type MessageParams = Record<string, string | number | ZonedParam>;
type Message = Record<Locale, string>;

/**
 * Every sentence a person reads from the API, in all three languages. The type makes a
 * missing translation a compile error. `{name}` placeholders are filled by `translate`.
 */
export const MESSAGES = {
  INTERNAL_SERVER_ERROR: {
    fi: 'Palvelussa tapahtui odottamaton virhe. Yritä hetken kuluttua uudelleen.',
    sv: 'Ett oväntat fel inträffade i tjänsten. Försök igen om en stund.',
    en: 'Something unexpected went wrong on our side. Please try again in a moment.',
  },
  SERVICE_UNAVAILABLE: {
    fi: 'Palvelu on juuri nyt ruuhkautunut tai tavoittamattomissa. Yritä uudelleen {seconds} sekunnin kuluttua.',
    sv: 'Tjänsten är just nu överbelastad eller onåbar. Försök igen om {seconds} sekunder.',
    en: 'The service is busy or unreachable right now. Try again in {seconds} seconds.',
  },
  BAD_USER_INPUT: {
    fi: 'Tarkista tiedot: virheellisiä kenttiä {count}.',
    sv: 'Kontrollera uppgifterna: ogiltiga fält {count}.',
    en: 'Please check your input: invalid fields: {count}.',
  },
  NOT_FOUND: {
    fi: 'Haettua kohdetta ei löytynyt.',
    sv: 'Det efterfrågade hittades inte.',
    en: 'The requested item was not found.',
  },
  FORBIDDEN: {
    fi: 'Sinulla ei ole oikeutta tähän toimintoon.',
    sv: 'Du har inte behörighet till den här åtgärden.',
    en: 'You are not allowed to do this.',
  },
  UNAUTHENTICATED: {
    fi: 'Kirjaudu sisään jatkaaksesi.',
    sv: 'Logga in för att fortsätta.',
    en: 'Please sign in to continue.',
  },
  RATE_LIMITED: {
    fi: 'Liian monta yritystä. Yritä uudelleen {seconds} sekunnin kuluttua.',
    sv: 'För många försök. Försök igen om {seconds} sekunder.',
    en: 'Too many attempts. Try again in {seconds} seconds.',
  },
  ONE_MUTATION_PER_REQUEST: {
    fi: 'Lähetä yksi muutos pyyntöä kohden (tässä niitä on {fields}).',
    sv: 'Skicka en ändring per begäran (här finns {fields}).',
    en: 'Send one change per request (this one has {fields}).',
  },
  QUERY_TOO_COMPLEX: {
    fi: 'Kysely on liian raskas ({complexity}/{maximum}). Pyydä vähemmän kenttiä kerralla.',
    sv: 'Frågan är för tung ({complexity}/{maximum}). Begär färre fält åt gången.',
    en: 'The query is too expensive ({complexity}/{maximum}). Ask for fewer fields at a time.',
  },
  QUERY_TOO_DEEP: {
    fi: 'Kysely on liian syvä ({depth}/{maximum} tasoa). Pyydä vähemmän sisäkkäisiä kenttiä.',
    sv: 'Frågan är för djup ({depth}/{maximum} nivåer). Begär färre nästlade fält.',
    en: 'The query is nested too deeply ({depth}/{maximum} levels). Ask for fewer nested fields.',
  },
  RESPONSE_TOO_LARGE: {
    fi: 'Vastaus olisi liian suuri (yli {maximumBytes} tavua). Pyydä vähemmän kenttiä tai pienempi sivu.',
    sv: 'Svaret skulle bli för stort (över {maximumBytes} byte). Begär färre fält eller en mindre sida.',
    en: 'The answer would be too large (over {maximumBytes} bytes). Ask for fewer fields or a smaller page.',
  },
  SIGN_IN_LINK_INVALID: {
    fi: 'Kirjautumislinkki ei kelpaa tai se on vanhentunut. Pyydä uusi linkki.',
    sv: 'Inloggningslänken är ogiltig eller har gått ut. Be om en ny länk.',
    en: 'The sign-in link is not valid or has expired. Please ask for a new one.',
  },
  SIGN_IN_LINK_EXPIRED: {
    fi: 'Kirjautumislinkki on vanhentunut. Pyydä uusi linkki.',
    sv: 'Inloggningslänken har gått ut. Be om en ny länk.',
    en: 'The sign-in link has expired. Please ask for a new one.',
  },
  SIGN_IN_LINK_USED: {
    fi: 'Kirjautumislinkki on jo käytetty, ja se toimii vain kerran. Pyydä uusi linkki.',
    sv: 'Inloggningslänken har redan använts och fungerar bara en gång. Be om en ny länk.',
    en: 'The sign-in link has already been used, and it works only once. Please ask for a new one.',
  },
  BUSINESS_ID_TAKEN: {
    fi: 'Tätä Y-tunnusta ei voi rekisteröidä. Pyydä organisaation yhteyshenkilöltä kutsu.',
    sv: 'Detta FO-nummer kan inte registreras. Be organisationens kontaktperson om en inbjudan.',
    en: 'This business ID cannot be registered. Ask the organisation’s contact for an invitation.',
  },
  ALREADY_MEMBER: {
    fi: 'Henkilö on jo organisaation jäsen.',
    sv: 'Personen är redan medlem i organisationen.',
    en: 'This person is already a member of the organisation.',
  },
  LAST_ADMIN: {
    fi: 'Viimeiseltä ylläpitäjältä ei voi poistaa ylläpitäjän roolia. Nimeä ensin toinen ylläpitäjä.',
    sv: 'Den sista administratören kan inte förlora sin roll. Utse först en annan administratör.',
    en: 'The last administrator cannot lose the role. Make someone else an administrator first.',
  },
  ONLY_CONTACT: {
    fi: 'Olet ainoa yhteyshenkilö organisaatiossa, jolla on käynnissä oleva hakemus tai paikka valmennuksessa. Nimeä ensin toinen yhteyshenkilö.',
    sv: 'Du är den enda kontaktpersonen för en organisation som har en pågående ansökan eller en plats i programmet. Utse först en annan kontaktperson.',
    en: 'You are the only contact of an organisation with an active application or a place in a programme. Name another contact first.',
  },
  CONFIRMATION_EMAIL_MISMATCH: {
    fi: 'Sähköpostiosoite ei vastaa tilisi osoitetta.',
    sv: 'E-postadressen stämmer inte med kontots adress.',
    en: 'The e-mail address does not match the account’s address.',
  },
  ALREADY_ERASED: {
    fi: 'Tili on jo poistettu.',
    sv: 'Kontot har redan raderats.',
    en: 'The account has already been erased.',
  },
  LAST_CONTACT: {
    fi: 'Organisaation ainoaa yhteyshenkilöä ei voi poistaa. Nimeä ensin toinen yhteyshenkilö.',
    sv: 'Organisationens enda kontaktperson kan inte tas bort. Utse först en annan kontaktperson.',
    en: 'The only contact person cannot be removed. Name another contact first.',
  },
  SLUG_TAKEN: {
    fi: 'Tällä tunnisteella on jo akatemia.',
    sv: 'Det finns redan en akademi med den här identifieraren.',
    en: 'An academy with this slug already exists.',
  },
  NONEXISTENT_LOCAL_TIME: {
    fi: 'Siirretty aika ei ole olemassa uutena vuonna (kesäaikaan siirtyminen): {count} kpl. Mitään ei kopioitu.',
    sv: 'Den flyttade tiden finns inte det nya året (övergången till sommartid): {count} st. Inget kopierades.',
    en: 'Shifted times that do not exist in the new year (the spring-forward hour): {count}. Nothing was copied.',
  },
  INVALID_STATUS_CHANGE: {
    fi: 'Akatemian tilaa ei voi muuttaa näin.',
    sv: 'Akademins status kan inte ändras så.',
    en: 'The academy cannot move to that status.',
  },
  PROGRAMME_NOT_RUNNING: {
    fi: 'Vain käynnissä oleva ohjelma voidaan päättää: akatemia ei ole nyt käynnissä.',
    sv: 'Endast ett pågående program kan avslutas: akademin pågår inte nu.',
    en: 'Only a running programme can be ended: the academy is not running now.',
  },
  EVENT_CANCELLED: {
    fi: 'Tilaisuus on peruttu, eikä sitä voi enää muuttaa.',
    sv: 'Evenemanget är inställt och kan inte längre ändras.',
    en: 'The event is cancelled and can no longer be changed.',
  },
  NOT_OPEN: {
    fi: 'Haku ei ole vielä auki. Haku alkaa {opens}.',
    sv: 'Ansökan har inte öppnat ännu. Den öppnar {opens}.',
    en: 'Applications are not open yet. They open on {opens}.',
  },
  DEADLINE_PASSED: {
    fi: 'Hakuaika päättyi {deadline}.',
    sv: 'Ansökningstiden gick ut {deadline}.',
    en: 'The application deadline passed on {deadline}.',
  },
  BOOKING_DEADLINE_PASSED: {
    fi: 'Keskusteluaikojen varaus päättyi {deadline}.',
    sv: 'Bokningen av samtalstider stängde {deadline}.',
    en: 'Booking consultations closed on {deadline}.',
  },
  NOT_ELIGIBLE: {
    fi: 'Hakemusta ei voi lähettää: {count} pakollista ehtoa ei täyty.',
    sv: 'Ansökan kan inte skickas: {count} obligatoriska villkor uppfylls inte.',
    en: 'The application cannot be submitted: {count} required criteria are not met.',
  },
  CONFLICT: {
    fi: 'Joku muu tallensi hakemuksen välillä. Lataa uusin versio ja tee muutoksesi uudelleen.',
    sv: 'Någon annan sparade ansökan under tiden. Hämta den senaste versionen och gör om ändringen.',
    en: 'Someone else saved the application in the meantime. Load the latest version and redo your change.',
  },
  APPLICATION_WITHDRAWN: {
    fi: 'Hakemus on peruttu, eikä sitä voi enää muuttaa.',
    sv: 'Ansökan har återkallats och kan inte längre ändras.',
    en: 'The application has been withdrawn and can no longer be changed.',
  },
  SLOT_TAKEN: {
    fi: 'Aika ehdittiin juuri varata. Valitse toinen aika.',
    sv: 'Tiden hann just bokas. Välj en annan tid.',
    en: 'That time was just booked. Please choose another.',
  },
  ALREADY_BOOKED: {
    fi: 'Organisaatiolla on jo varattuna niin monta aikaa kuin tällä kierroksella voi varata. Siirrä tai peru varaus ensin.',
    sv: 'Organisationen har redan bokat så många tider som den här omgången tillåter. Flytta eller avboka en bokning först.',
    en: 'Your organisation already holds as many bookings as this round allows. Reschedule or cancel one first.',
  },
  ROUND_CLOSED: {
    fi: 'Tämän kierroksen ajanvaraus ei ole nyt auki.',
    sv: 'Bokningen i den här omgången är inte öppen nu.',
    en: 'Booking in this round is not open now.',
  },
  NOT_IN_ROUND_AUDIENCE: {
    fi: 'Tämän kierroksen ajat ovat toisille organisaatioille: organisaationne ei voi varata niitä.',
    sv: 'Tiderna i den här omgången är till för andra organisationer: er organisation kan inte boka dem.',
    en: 'This round’s times are for other organisations: yours cannot book them.',
  },
  SLOT_IN_OTHER_ROUND: {
    fi: 'Varauksen voi siirtää vain saman kierroksen toiseen aikaan.',
    sv: 'En bokning kan bara flyttas till en annan tid i samma omgång.',
    en: 'A booking can only move to another time in the same round.',
  },
  CONSULTATION_ROUND_EXISTS: {
    fi: 'Akatemialla on jo konsultaatiokierros. Muokkaa sitä.',
    sv: 'Akademin har redan en konsultationsomgång. Ändra den.',
    en: 'The academy already has its consultation round. Change that one instead.',
  },
  SLOT_WITHDRAWN: {
    fi: 'Asiantuntija on poistanut tämän ajan. Valitse toinen aika.',
    sv: 'Experten har tagit bort den här tiden. Välj en annan tid.',
    en: 'The expert has withdrawn this time. Please choose another.',
  },
  SLOT_PAST: {
    fi: 'Tämä aika on jo alkanut tai mennyt. Valitse tuleva aika.',
    sv: 'Den här tiden har redan börjat eller passerat. Välj en kommande tid.',
    en: 'This time has already started or passed. Please choose a later one.',
  },
  SLOT_OVERLAP: {
    fi: 'Aika menee päällekkäin toisen julkaistun aikasi kanssa.',
    sv: 'Tiden överlappar en annan av dina publicerade tider.',
    en: 'The time overlaps another of your published slots.',
  },
  CHANGE_CUTOFF_PASSED: {
    fi: 'Keskusteluaikaa voi muuttaa tai perua viimeistään {hours} tuntia ennen sen alkua. Ota yhteyttä asiantuntijaan.',
    sv: 'Samtalstiden kan ändras eller avbokas senast {hours} timmar före start. Kontakta experten.',
    en: 'A consultation can be changed or cancelled only until {hours} hours before it starts. Please contact the expert.',
  },
  RUBRIC_LOCKED: {
    fi: 'Arviointikehystä ei voi enää muuttaa: ensimmäinen arvio on jo lähetetty.',
    sv: 'Bedömningsramen kan inte längre ändras: den första bedömningen har redan lämnats in.',
    en: 'The rubric can no longer be changed: the first review has already been submitted.',
  },
  SCORE_OUT_OF_SCALE: {
    fi: 'Pisteet eivät ole arviointiasteikolla.',
    sv: 'Poängen ligger utanför bedömningsskalan.',
    en: 'The score is outside the criterion’s scale.',
  },
  CRITERION_NOT_IN_RUBRIC: {
    fi: 'Kriteeri ei kuulu tämän akatemian arviointikehykseen.',
    sv: 'Kriteriet hör inte till den här akademins bedömningsram.',
    en: 'The criterion is not part of this academy’s rubric.',
  },
  NOT_ASSIGNED: {
    fi: 'Tätä hakemusta ei ole annettu sinulle arvioitavaksi.',
    sv: 'Den här ansökan har inte tilldelats dig för bedömning.',
    en: 'This application has not been assigned to you for review.',
  },
  CONFLICT_OF_INTEREST: {
    fi: 'Arvioija on ilmoittanut esteellisyyden tämän organisaation suhteen.',
    sv: 'Bedömaren har anmält jäv i förhållande till den här organisationen.',
    en: 'The reviewer has declared a conflict of interest with this organisation.',
  },
  REVIEW_SUBMITTED: {
    fi: 'Arvio on jo lähetetty, eikä sitä voi enää muuttaa.',
    sv: 'Bedömningen har redan lämnats in och kan inte längre ändras.',
    en: 'The review has already been submitted and can no longer be changed.',
  },
  REVIEW_INCOMPLETE: {
    fi: 'Arviosta puuttuu pisteitä tai suositus.',
    sv: 'Bedömningen saknar poäng eller en rekommendation.',
    en: 'The review is missing scores or a recommendation.',
  },
  NOT_SUBMITTED: {
    fi: 'Hakemusta ei ole lähetetty.',
    sv: 'Ansökan har inte skickats in.',
    en: 'The application has not been submitted.',
  },
  SELECTION_RELEASED: {
    fi: 'Valinta on jo julkaistu.',
    sv: 'Urvalet har redan publicerats.',
    en: 'The selection has already been published.',
  },
  SELECTION_NOT_READY: {
    fi: 'Valintaa ei voi vielä julkaista: jokaisella lähetetyllä hakemuksella on oltava päätös, hyväksyttyjä saa olla enintään kapasiteetin verran, varasijojen on oltava 1…n ilman aukkoja, hakuajan (myös pidennysten) on oltava päättynyt ja vahvistuksen määräajan on oltava julkaisun jälkeen.',
    sv: 'Urvalet kan inte publiceras ännu: varje inlämnad ansökan ska ha ett beslut, antalet antagna får inte överskrida kapaciteten, reservplatserna ska vara 1…n utan luckor, ansökningstiden (även förlängningar) ska ha gått ut och tidsfristen för bekräftelse ska infalla efter publiceringen.',
    en: 'The selection cannot be published yet: every submitted application needs a decision, no more may be accepted than the capacity, reserve ranks must run 1…n without gaps, the application deadline (extensions included) must have passed, and the confirmation deadline must come after the release.',
  },
  NO_OFFER: {
    fi: 'Organisaatiollasi ei ole avointa paikkaa tässä akatemiassa.',
    sv: 'Din organisation har ingen erbjuden plats i den här akademin.',
    en: 'Your organisation has no offered place in this academy.',
  },
  CONFIRMATION_DEADLINE_PASSED: {
    fi: 'Paikan vahvistamisen määräaika on päättynyt.',
    sv: 'Tidsfristen för att bekräfta platsen har gått ut.',
    en: 'The deadline for confirming the place has passed.',
  },
  REGISTRATION_NOT_OFFERED: {
    fi: 'Tähän tapahtumaan ei ilmoittauduta.',
    sv: 'Det går inte att anmäla sig till det här evenemanget.',
    en: 'This event does not take registrations.',
  },
  REGISTRATION_CLOSED: {
    fi: 'Ilmoittautuminen tähän tapahtumaan on päättynyt.',
    sv: 'Anmälan till det här evenemanget har stängt.',
    en: 'Registration for this event has closed.',
  },
  ALREADY_REGISTERED: {
    fi: 'Olet jo ilmoittautunut tähän tapahtumaan tai sen jonoon.',
    sv: 'Du är redan anmäld till det här evenemanget eller står i kö.',
    en: 'You are already registered for this event or on its waiting list.',
  },
  NOT_IN_AUDIENCE: {
    fi: 'Tapahtuma on vain sen kohderyhmälle, johon et kuulu.',
    sv: 'Evenemanget är endast för dess målgrupp, och du hör inte till den.',
    en: 'This event is only for its audience, and you are not part of it.',
  },
  NOT_REGISTERED: {
    fi: 'Et ole ilmoittautunut tähän tapahtumaan.',
    sv: 'Du är inte anmäld till det här evenemanget.',
    en: 'You are not registered for this event.',
  },
  OFFER_ANSWERED: {
    fi: 'Paikkaan on jo vastattu.',
    sv: 'Platsen har redan besvarats.',
    en: 'The offer has already been answered.',
  },
  NOT_YOUR_ORGANISATION: {
    fi: 'Voit merkitä tehtävän tehdyksi vain oman organisaatiosi puolesta.',
    sv: 'Du kan markera uppgiften som gjord endast för din egen organisation.',
    en: 'You can mark the assignment done only for your own organisation.',
  },
  ORGANISATION_NOT_IN_AUDIENCE: {
    fi: 'Organisaatio ei osallistu tähän tilaisuuteen.',
    sv: 'Organisationen deltar inte i det här evenemanget.',
    en: 'The organisation does not take part in this event.',
  },
  NOT_IN_COHORT: {
    fi: 'Organisaatio ei ole akatemian kohortissa.',
    sv: 'Organisationen ingår inte i akademins kohort.',
    en: 'The organisation is not in the academy’s cohort.',
  },
  TEAM_FULL: {
    fi: 'Tiimi on täynnä: siihen mahtuu {limit} henkilöä.',
    sv: 'Teamet är fullt: det rymmer {limit} personer.',
    en: 'The team is full: it holds {limit} people.',
  },
  ALREADY_IN_TEAM: {
    fi: 'Tämä henkilö on jo tiimissä.',
    sv: 'Den här personen finns redan i teamet.',
    en: 'This person is already on the team.',
  },
  RESPONSIBLE_PERSON_REQUIRED: {
    fi: 'Vastuuhenkilöä ei voi poistaa. Nimeä ensin toinen vastuuhenkilö.',
    sv: 'Den ansvariga personen kan inte tas bort. Utse först en annan ansvarig person.',
    en: 'The responsible person cannot be removed. Make someone else responsible first.',
  },
  NOT_A_PARTICIPANT: {
    fi: 'Osallistumisen voi kirjata vain tilaisuuden kohdeyleisön tiimien jäsenille.',
    sv: 'Närvaro kan bara registreras för medlemmar i teamen i evenemangets målgrupp.',
    en: 'Attendance can only be recorded for members of the teams the event is for.',
  },
  SESSION_NOT_HELD: {
    fi: 'Yhteenvedon ja sovitut toimenpiteet voi kirjata vasta alkaneesta, voimassa olevasta tapaamisesta.',
    sv: 'Sammanfattning och överenskomna åtgärder kan registreras först för ett möte som har börjat och inte är avbokat.',
    en: 'A summary and agreed actions can be recorded only for an appointment that has started and is not cancelled.',
  },
  ACTION_OWNER_NOT_IN_TEAM: {
    fi: 'Vastuuhenkilön on oltava organisaation tiimissä tässä akatemiassa.',
    sv: 'Den ansvariga personen måste finnas i organisationens team i den här akademin.',
    en: 'The owner must be on the organisation’s team in this academy.',
  },
  AGREED_ACTIONS_FULL: {
    fi: 'Tapaamiselle voi kirjata enintään {limit} sovittua toimenpidettä.',
    sv: 'Högst {limit} överenskomna åtgärder kan registreras för ett möte.',
    en: 'At most {limit} agreed actions can be recorded for one appointment.',
  },
  NOT_YOUR_PILOT: {
    fi: 'Vain organisaation oma tiimi voi muokata sen pilottihankintaa.',
    sv: 'Endast organisationens eget team kan redigera dess pilotupphandling.',
    en: 'Only the organisation’s own team can edit its pilot procurement.',
  },
  INVALID_DATE: {
    fi: 'Päivämäärää ei ole olemassa. Anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2025-12-31.',
    sv: 'Datumet finns inte. Ange datumet i formatet ÅÅÅÅ-MM-DD, till exempel 2025-12-31.',
    en: 'That date does not exist. Give the date as YYYY-MM-DD, for example 2025-12-31.',
  },
  OWNER_NOT_IN_TEAM: {
    fi: 'Vastuuhenkilön on oltava organisaation tiimissä (toimenpideohjelmassa akatemian asiantuntija tai ylläpitäjä).',
    sv: 'Den ansvariga måste vara med i organisationens team (i åtgärdsprogrammet en expert eller administratör för akademin).',
    en: 'The owner must be on the organisation’s team (for an action plan, one of the academy’s experts or admins).',
  },
  UNKNOWN_CATEGORY: {
    fi: 'Hankintaluokka ei ole akatemian luettelossa.',
    sv: 'Upphandlingskategorin finns inte i akademins lista.',
    en: 'The procurement category is not on the academy’s list.',
  },
  MEASURE_NOT_IN_CATALOGUE: {
    fi: 'Toimenpidettä ei ole tämän akatemian kiertotaloustoimenpiteiden luettelossa.',
    sv: 'Åtgärden finns inte i den här akademins förteckning över åtgärder för cirkulär ekonomi.',
    en: "The measure is not in this academy's catalogue of circular-economy measures.",
  },
  MEASURE_KEY_TAKEN: {
    fi: 'Akatemian luettelossa on jo toimenpide tällä tunnuksella.',
    sv: 'Akademins förteckning har redan en åtgärd med den här koden.',
    en: "The academy's catalogue already has a measure with this key.",
  },
  CRITERION_TEXT_NOT_TAKEN: {
    fi: 'Kriteerin tekstin voi kirjata vain hankintakriteereihin.',
    sv: 'Kriteriets text kan bara anges för upphandlingskriterier.',
    en: 'A criterion text can only be recorded for procurement criteria.',
  },
  METRIC_NOT_IN_ACTION: {
    fi: 'Mittari ei kuulu tähän toimenpiteeseen.',
    sv: 'Mätaren hör inte till den här åtgärden.',
    en: 'The metric does not belong to this action.',
  },
  NO_SHARING_CONSENT: {
    fi: 'Organisaatio ei antanut hakemuksessaan lupaa oppien jakamiseen, joten pilottia ei voi julkaista.',
    sv: 'Organisationen gav inte i sin ansökan sitt samtycke till att dela lärdomar, så piloten kan inte publiceras.',
    en: 'The organisation did not consent to sharing its learnings in its application, so the pilot cannot be published.',
  },
  BUSINESS_ID_REQUIRED: {
    fi: 'Anna Y-tunnus. Sen voi jättää pois vain yksityishenkilöltä ja yhdistykseltä.',
    sv: 'Ange FO-nummer. Det kan lämnas bort endast för privatpersoner och föreningar.',
    en: 'Enter the business ID. Only an individual or an association may leave it out.',
  },
  REGISTER_NUMBER_TAKEN: {
    fi: 'Tällä yhdistysrekisterinumerolla on jo organisaatio. Pyydä sen yhteyshenkilöltä kutsu.',
    sv: 'Det finns redan en organisation med detta föreningsregisternummer. Be dess kontaktperson om en inbjudan.',
    en: 'An organisation with this association register number already exists. Ask its contact for an invitation.',
  },
  NOT_OPEN_ENROLMENT: {
    fi: 'Tähän ohjelmaan haetaan hakemuksella; suoraa ilmoittautumista ei ole.',
    sv: 'Till detta program söker man med en ansökan; direkt anmälan finns inte.',
    en: 'This programme selects its participants by application; there is no direct sign-up.',
  },
  ENROLMENT_IS_OPEN: {
    fi: 'Tähän ohjelmaan ei haeta, vaan siihen ilmoittaudutaan suoraan.',
    sv: 'Till detta program söker man inte, man anmäler sig direkt.',
    en: 'This programme takes no applications: sign up to it directly.',
  },
  ENROLMENT_LOCKED: {
    fi: 'Osallistumistavan voi vaihtaa vain ennen kuin ohjelma julkaistaan.',
    sv: 'Deltagarsättet kan ändras endast innan programmet publiceras.',
    en: 'The enrolment can only be changed before the programme is published.',
  },
  SIGN_UP_CLOSED: {
    fi: 'Ilmoittautuminen ei ole auki. Ilmoittautumisaika: {opens}–{deadline}.',
    sv: 'Anmälan är inte öppen. Anmälningstid: {opens}–{deadline}.',
    en: 'Sign-up is not open. Sign-up period: {opens} to {deadline}.',
  },
  ALREADY_SIGNED_UP: {
    fi: 'Organisaatio on jo ilmoittautunut tähän ohjelmaan.',
    sv: 'Organisationen har redan anmält sig till detta program.',
    en: 'The organisation has already signed up to this programme.',
  },
  TERMS_NOT_ACCEPTED: {
    fi: 'Hyväksy osallistumisehdot ilmoittautuaksesi.',
    sv: 'Godkänn deltagarvillkoren för att anmäla dig.',
    en: 'Accept the terms of participation to sign up.',
  },
  NOT_ALUMNUS: {
    fi: 'Tulosraportin voi kirjoittaa vasta, kun akatemia on päättynyt ja organisaatio on sen alumni.',
    sv: 'Resultatrapporten kan skrivas först när akademin har avslutats och organisationen är dess alumn.',
    en: 'The outcome report can be written only once the academy has ended and the organisation is one of its alumni.',
  },
  NOT_RESPONSIBLE_PERSON: {
    fi: 'Vain organisaation vastuuhenkilö voi kirjoittaa ja lähettää tulosraportin.',
    sv: 'Endast organisationens ansvarsperson kan skriva och skicka resultatrapporten.',
    en: "Only the organisation's responsible person can write and submit the outcome report.",
  },
  OUTCOME_REPORT_CLOSED: {
    fi: 'Tulosraportin määräaika on päättynyt.',
    sv: 'Tidsfristen för resultatrapporten har gått ut.',
    en: 'The deadline for the outcome report has passed.',
  },
  OUTCOME_REPORT_SUBMITTED: {
    fi: 'Tulosraportti on jo lähetetty, eikä sitä voi enää muuttaa.',
    sv: 'Resultatrapporten har redan skickats och kan inte längre ändras.',
    en: 'The outcome report has already been submitted and can no longer be changed.',
  },
  OUTCOME_REPORT_INCOMPLETE: {
    fi: 'Täytä ennen lähettämistä, mitä hankittiin ja mitä opittiin.',
    sv: 'Fyll i vad som upphandlades och vad ni lärde er innan ni skickar.',
    en: 'Fill in what was procured and the lessons learned before submitting.',
  },
  RETENTION_BELOW_LEGAL_MINIMUM: {
    fi: 'Säilytysaika on lyhyempi kuin akatemian lakisääteinen vähimmäisaika ({legalMinimumMonths} kk).',
    sv: 'Lagringstiden är kortare än akademins lagstadgade minimitid ({legalMinimumMonths} mån).',
    en: "The retention period is shorter than the academy's legal minimum ({legalMinimumMonths} months).",
  },
  RETENTION_NOT_PER_ACADEMY: {
    fi: 'Tämän tietolajin säilytysaika on koko palvelun yhteinen, eikä sitä aseteta akatemiakohtaisesti.',
    sv: 'Lagringstiden för denna typ av uppgifter gäller hela tjänsten och ställs inte in per akademi.',
    en: 'This kind of data is kept for a platform-wide period; it is not set per academy.',
  },
  RETENTION_MINIMUM_ABOVE_PERIOD: {
    fi: 'Vähimmäisaika ei voi olla pidempi kuin voimassa oleva säilytysaika ({months} kk). Pidennä ensin säilytysaikaa.',
    sv: 'Minimitiden kan inte vara längre än den gällande lagringstiden ({months} mån). Förläng först lagringstiden.',
    en: 'The legal minimum cannot be longer than the retention period in force ({months} months). Lengthen the period first.',
  },
  EXPORT_LINK_USED: {
    fi: 'Tämä latauslinkki on jo käytetty. Pyydä uusi tietojen vienti.',
    sv: 'Den här nedladdningslänken har redan använts. Begär en ny dataexport.',
    en: 'This download link has already been used. Request a new data export.',
  },
  EXPORT_LINK_EXPIRED: {
    fi: 'Tämä latauslinkki on vanhentunut. Pyydä uusi tietojen vienti.',
    sv: 'Den här nedladdningslänken har gått ut. Begär en ny dataexport.',
    en: 'This download link has expired. Request a new data export.',
  },
  // Field-level validation rules (class-validator constraint names).
  'rule.isNotEmpty': { fi: 'Pakollinen tieto.', sv: 'Obligatorisk uppgift.', en: 'Required.' },
  'rule.maxLength': { fi: 'Liian pitkä.', sv: 'För lång.', en: 'Too long.' },
  'rule.minLength': { fi: 'Liian lyhyt.', sv: 'För kort.', en: 'Too short.' },
  'rule.isEmail': {
    fi: 'Ei kelvollinen sähköpostiosoite.',
    sv: 'Inte en giltig e-postadress.',
    en: 'Not a valid e-mail address.',
  },
  'rule.matches': {
    fi: 'Muoto ei kelpaa.',
    sv: 'Formatet är ogiltigt.',
    en: 'The format is not valid.',
  },
  'rule.isBusinessId': {
    fi: 'Y-tunnus ei kelpaa: muoto 1234567-8 ja oikea tarkistusnumero.',
    sv: 'FO-numret är ogiltigt: formen 1234567-8 och rätt kontrollsiffra.',
    en: 'Not a valid business ID: format 1234567-8 with the right check digit.',
  },
  'rule.isEnum': {
    fi: 'Arvo ei ole sallittu.',
    sv: 'Värdet är inte tillåtet.',
    en: 'The value is not allowed.',
  },
  'rule.isUuid': {
    fi: 'Tunniste ei kelpaa.',
    sv: 'Identifieraren är ogiltig.',
    en: 'Not a valid identifier.',
  },
  'rule.INVALID_DATE_TIME': {
    fi: 'Päivämäärä ja kellonaika muodossa 2024-09-12T10:00 tai aikavyöhykkeen kanssa.',
    sv: 'Datum och tid i formen 2024-09-12T10:00 eller med tidszon.',
    en: 'A date and time like 2024-09-12T10:00, or with an offset.',
  },
  'rule.NONEXISTENT_LOCAL_TIME': {
    fi: 'Tätä kellonaikaa ei ole olemassa (kesäaikaan siirryttäessä kello siirtyy tunnin eteenpäin).',
    sv: 'Den här tiden finns inte (klockan flyttas fram en timme vid övergången till sommartid).',
    en: 'This time does not exist there (clocks skip an hour when summer time starts).',
  },
  'rule.AMBIGUOUS_LOCAL_TIME': {
    fi: 'Kellonaika toistuu talviaikaan siirryttäessä: anna aikavyöhyke, esim. +03:00 tai +02:00.',
    sv: 'Tiden inträffar två gånger när vintertiden börjar: ange tidszon, t.ex. +03:00 eller +02:00.',
    en: 'This time happens twice when winter time starts: add an offset such as +03:00 or +02:00.',
  },
  'rule.endAfterStart': {
    fi: 'Päättymisen on oltava alkamisen jälkeen.',
    sv: 'Slutet måste vara efter början.',
    en: 'The end must be after the start.',
  },
  'rule.order': {
    fi: 'Päivämäärät ovat väärässä järjestyksessä.',
    sv: 'Datumen är i fel ordning.',
    en: 'The dates are in the wrong order.',
  },
  'rule.isTimeZone': {
    fi: 'Tuntematon aikavyöhyke (esim. Europe/Helsinki).',
    sv: 'Okänd tidszon (t.ex. Europe/Helsinki).',
    en: 'Unknown time zone (e.g. Europe/Helsinki).',
  },
  'rule.isUrl': {
    fi: 'Ei kelvollinen osoite.',
    sv: 'Inte en giltig adress.',
    en: 'Not a valid URL.',
  },
  'rule.consultationPeriod': {
    fi: 'Aika ei ole akatemian keskusteluajanjaksolla (haun avautumisesta varausten takarajaan).',
    sv: 'Tiden ligger utanför akademins samtalsperiod (från ansökans öppnande till sista bokningsdag).',
    en: "The time is outside the academy's consultation period (from the opening to the booking deadline).",
  },
  'rule.afterSource': {
    fi: 'Uuden painoksen on oltava lähteen hakuajan päättymisen jälkeen.',
    sv: 'Den nya upplagan måste komma efter källans ansökningstid.',
    en: "The next edition must come after the source's application deadline.",
  },
  'rule.exactlyOne': {
    fi: 'Anna joko yksittäiset ajat tai sarja, ei molempia.',
    sv: 'Ange antingen enskilda tider eller en serie, inte båda.',
    en: 'Give either single times or a series, not both.',
  },
  'rule.arrayMaxSize': {
    fi: 'Liian monta kerralla.',
    sv: 'För många på en gång.',
    en: 'Too many at once.',
  },
  'rule.arrayMinSize': {
    fi: 'Anna vähintään yksi.',
    sv: 'Ange minst en.',
    en: 'Give at least one.',
  },
  'rule.isInt': { fi: 'Kokonaisluku.', sv: 'Ett heltal.', en: 'A whole number.' },
  'rule.min': { fi: 'Liian pieni.', sv: 'För litet.', en: 'Too small.' },
  'rule.max': { fi: 'Liian suuri.', sv: 'För stort.', en: 'Too large.' },
  'rule.emptySeries': {
    fi: 'Sarjaan ei mahdu yhtään aikaa: tarkista päivät, viikonpäivät ja päivittäinen aikaikkuna.',
    sv: 'Serien ger inga tider: kontrollera datum, veckodagar och det dagliga tidsfönstret.',
    en: 'The series yields no slots: check the dates, weekdays and the daily window.',
  },
  'rule.noControlCharacters': {
    fi: 'Teksti sisältää ohjausmerkin (esim. NUL), jota ei voi tallentaa.',
    sv: 'Texten innehåller ett styrtecken (t.ex. NUL) som inte kan sparas.',
    en: 'The text contains a control character (such as NUL) that cannot be stored.',
  },
  'rule.wellFormedUnicode': {
    fi: 'Teksti sisältää rikkinäisen merkin (pariton UTF-16-puolisko).',
    sv: 'Texten innehåller ett trasigt tecken (ett oparat UTF-16-surrogat).',
    en: 'The text contains a broken character (an unpaired UTF-16 surrogate).',
  },
  'rule.isCalendarDate': {
    fi: 'Päivämäärää ei ole olemassa (muoto VVVV-KK-PP).',
    sv: 'Datumet finns inte (format ÅÅÅÅ-MM-DD).',
    en: 'No such date (format YYYY-MM-DD).',
  },
  'rule.DATE_OUT_OF_RANGE': {
    fi: 'Päivämäärän on oltava välillä 1.1.2000–31.12.2100.',
    sv: 'Datumet måste ligga mellan 1.1.2000 och 31.12.2100.',
    en: 'The date must be between 1 January 2000 and 31 December 2100.',
  },
  'rule.maxDepth': {
    fi: 'Tieto on sisäkkäistetty liian syvälle.',
    sv: 'Uppgiften är nästlad för djupt.',
    en: 'The value is nested too deeply.',
  },
  'rule.maxJsonBytes': {
    fi: 'Vastaukset ovat liian suuria (enintään 64 kt).',
    sv: 'Svaren är för stora (högst 64 kB).',
    en: 'The answers are too large (at most 64 KB).',
  },
  'rule.maxJsonStringLength': {
    fi: 'Vastausteksti on liian pitkä (enintään 5 000 merkkiä).',
    sv: 'Svarstexten är för lång (högst 5 000 tecken).',
    en: 'An answer text is too long (at most 5,000 characters).',
  },
  'rule.knownCode': {
    fi: 'Arvo näyttää kirjoitusvirheeltä: valitse jokin akatemian luettelon arvoista.',
    sv: 'Värdet ser ut som ett skrivfel: välj ett av värdena i akademins lista.',
    en: "The value looks like a typo: choose one of the academy's listed values.",
  },
  'rule.isIn': {
    fi: 'Arvo ei ole sallittu.',
    sv: 'Värdet är inte tillåtet.',
    en: 'The value is not one of the allowed ones.',
  },
  'rule.INVALID_AMOUNT': {
    fi: 'Summa ei kelpaa: ei negatiivinen, enintään kaksi desimaalia (esim. 225118 tai 1250.50).',
    sv: 'Beloppet är ogiltigt: inte negativt, högst två decimaler (t.ex. 225118 eller 1250.50).',
    en: 'Not a valid amount: not negative, at most two decimals (e.g. 225118 or 1250.50).',
  },
  'rule.UNKNOWN_CURRENCY': {
    fi: 'Tuntematon valuutta: anna ISO 4217 -koodi, esim. EUR.',
    sv: 'Okänd valuta: ange en ISO 4217-kod, t.ex. EUR.',
    en: 'Unknown currency: give an ISO 4217 code such as EUR.',
  },
  'rule.other': {
    fi: 'Arvo ei kelpaa.',
    sv: 'Värdet är ogiltigt.',
    en: 'The value is not valid.',
  },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

export function translate(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const template: string = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'object'
      ? formatZoned(value.instant, value.zone, locale)
      : String(value);
  });
}
