import { MESSAGES } from '../i18n/messages.js';
import { ErrorCode } from './error-code.js';

interface ErrorDoc {
  /** When a client gets the code. */
  when: string;
  /** What `extensions` adds beside `code` (see `ErrorExtensions`), or nothing. */
  extensions?: string;
}

/**
 * Every code documented for integrators. `Record<ErrorCode, …>` makes a new code without
 * documentation a compile error; `error-docs.spec.ts` fails when the API guide's table
 * (rendered by `renderErrorTable`) differs — `npm run docs:errors` rewrites it.
 */
export const ERROR_DOCS: Record<ErrorCode, ErrorDoc> = {
  [ErrorCode.BAD_USER_INPUT]: {
    when: 'Invalid arguments; see [Validation errors](#validation-errors). Also a variable of the wrong type: a [request error](#http-status) with graphql-js’s message. An unknown enum value (in variables or written in the document) is a request error in this shape, with the argument path in `field`, rule `isEnum` and graphql-js’s text in `detail`.',
    extensions: '`validationErrors`: `[{ field, rule, detail, message }]`',
  },
  [ErrorCode.UNAUTHENTICATED]: {
    when: 'No valid session (Bearer token or session cookie) for an operation that needs one. Also a refused `signIn` token: `signInLinkStatus` says why (message `SIGN_IN_LINK_EXPIRED`, `SIGN_IN_LINK_USED` or `SIGN_IN_LINK_INVALID`).',
    extensions: '`signInLinkStatus` (only from `signIn`): `EXPIRED`, `USED` or `INVALID`',
  },
  [ErrorCode.FORBIDDEN]: {
    when: 'Signed in, but without the global role; a plain `MEMBER` managing their organisation; an expert changing an event they do not host or another expert’s slot or booking; an admin submitting or withdrawing an application of an organisation they are not a member of.',
  },
  [ErrorCode.NOT_FOUND]: {
    when: 'No such record — or one you may not see (another organisation, an event an expert does not host). Also `grantRole` for an address that never signed in.',
  },
  [ErrorCode.RATE_LIMITED]: {
    when: 'Too many sign-in attempts, too many invitations (per inviter, organisation or invited address), or a second data export within the hour (per person, or per organisation). Nothing is written.',
    extensions: '`retryAfterSeconds`',
  },
  [ErrorCode.QUERY_TOO_COMPLEX]: {
    when: 'Estimated cost above `GRAPHQL_MAX_COMPLEXITY`; lists count once per item they may hold (see [Limits](#limits)). A [request error](#http-status), before anything runs.',
    extensions: '`complexity`, `maximum`',
  },
  [ErrorCode.ONE_MUTATION_PER_REQUEST]: {
    when: 'A mutation operation with more than one root field (aliases and fragments included). A [request error](#http-status), before anything runs; send one request per change.',
    extensions: '`fields` (how many the operation has), `maximum` (1)',
  },
  [ErrorCode.QUERY_TOO_DEEP]: {
    when: 'Selections nested deeper than `GRAPHQL_MAX_DEPTH`, counted through fragments. A [request error](#http-status), before anything runs.',
    extensions: '`depth`, `maximum`',
  },
  [ErrorCode.RESPONSE_TOO_LARGE]: {
    when: 'The answer would exceed `GRAPHQL_MAX_RESPONSE_BYTES`; it is replaced by this error (`data: null`, HTTP 200). Ask for fewer fields or a smaller page.',
    extensions: '`maximumBytes`',
  },
  [ErrorCode.CONFLICT]: {
    when: '`saveApplicationDraft` or `submitApplication` with an `expectedVersion` that is no longer current.',
    extensions: '`currentVersion`',
  },
  [ErrorCode.INTERNAL_SERVER_ERROR]: {
    when: 'Anything unexpected: a generic message, never the cause.',
    extensions: '`requestId` (as in the `x-request-id` header and the server log)',
  },
  [ErrorCode.SERVICE_UNAVAILABLE]: {
    when: 'The database cannot serve right now: a row another request holds stayed locked past the lock timeout (`DATABASE_CONTENDED_LOCK_TIMEOUT_MS`, 1 s, for bookings, drafts, publishing and other contended writes; else `DATABASE_LOCK_TIMEOUT_MS`), a statement ran past its timeout, no pooled connection was free in time, the database did not answer within `DATABASE_QUERY_TIMEOUT_MS`, the connection was lost, or the server is shutting down. Retry after `retryAfterSeconds`. A lock or statement timeout rolled the change back; after a lost connection or an unanswered query a change may have been committed, so check before repeating one that is not safe to repeat. REST routes answer HTTP 503 with a `Retry-After` header.',
    extensions: '`retryAfterSeconds`',
  },
  [ErrorCode.BUSINESS_ID_TAKEN]: {
    when: '`createOrganisation` with a business ID that is already registered.',
    extensions: '`field: "input.businessId"`',
  },
  [ErrorCode.ALREADY_MEMBER]: {
    when: '`inviteMember` for someone who is already a member.',
    extensions: '`field: "input.email"`',
  },
  [ErrorCode.ONLY_CONTACT]: {
    when: '`deleteMyAccount` or `eraseUser` while the person is the only `CONTACT` of an organisation with an active application (a draft or submitted one in an academy that is open or in selection) or a cohort place (in an academy that has not been archived). Nothing is changed; name another contact of each listed organisation first.',
    extensions: '`organisations`: `[{ id, name }]`',
  },
  [ErrorCode.CONFIRMATION_EMAIL_MISMATCH]: {
    when: '`deleteMyAccount` with a `confirmEmail` that is not the account’s own address (letter case and surrounding spaces are ignored). Nothing is changed.',
    extensions: '`field: "input.confirmEmail"`',
  },
  [ErrorCode.ALREADY_ERASED]: {
    when: '`eraseUser` for an account that has already been erased.',
  },
  [ErrorCode.LAST_CONTACT]: {
    when: '`removeMember` on the organisation’s only `CONTACT`.',
  },
  [ErrorCode.LAST_ADMIN]: {
    when: '`revokeRole` (or the roles CLI) removing `ADMIN` from the last person who holds it.',
  },
  [ErrorCode.SLUG_TAKEN]: {
    when: '`createAcademy`, `updateAcademy` or `createNextEdition` with a slug already in use.',
    extensions: '`field: "input.slug"`',
  },
  [ErrorCode.NONEXISTENT_LOCAL_TIME]: {
    when: "`createNextEdition` with a shift that puts a date-time (an event, a round window, a deadline) on a wall-clock time that does not exist in the academy's zone in the new year (the spring-forward hour). Nothing is written; move the source item or choose another shift.",
    extensions:
      '`items: [{ kind, id, label, field, local }]` — each such time, `local` the wall-clock time that does not exist',
  },
  [ErrorCode.INVALID_STATUS_CHANGE]: {
    when: '`publishAcademy` on an academy that is not a `DRAFT`; `updateAcademy` moving the status backwards, to or from `ARCHIVED`.',
  },
  [ErrorCode.PROGRAMME_NOT_RUNNING]: {
    when: '`endProgramme` (or `updateAcademy` to `ALUMNI`) on an academy that is not `RUNNING`: only a running programme ends and makes its cohort alumni. Nothing is written.',
    extensions: '`status`: the academy’s status now',
  },
  [ErrorCode.EVENT_CANCELLED]: {
    when: '`updateEvent`, `rescheduleEvent` or `cancelEvent` on a cancelled event.',
  },
  [ErrorCode.NOT_OPEN]: {
    when: '`saveApplicationDraft` or `submitApplication` before the academy’s `applicationOpensAt`; the message names the opening time.',
  },
  [ErrorCode.DEADLINE_PASSED]: {
    when: '`submitApplication`, or `saveApplicationDraft` on a submitted application, after the deadline that applies (an extension included); booking a consultation after the consultation-booking deadline (message `BOOKING_DEADLINE_PASSED`).',
    extensions: '`deadline`: the instant, ISO 8601',
  },
  [ErrorCode.NOT_ELIGIBLE]: {
    when: '`submitApplication`, or `saveApplicationDraft` on a submitted application, while a `HARD` criterion is not met.',
    extensions: '`unmetCriteria`: `[{ criterionId, outcome, explanation }]`',
  },
  [ErrorCode.APPLICATION_WITHDRAWN]: {
    when: '`saveApplicationDraft`, `submitApplication` or `bookConsultation` on a withdrawn application.',
  },
  [ErrorCode.SLOT_TAKEN]: {
    when: 'Someone else holds the consultation slot (also a reschedule onto a taken slot; the old booking stays).',
  },
  [ErrorCode.ALREADY_BOOKED]: {
    when: 'The application already holds as many active bookings in the round as the round allows (one consultation; a round’s `bookingsPerOrganisation`): reschedule or cancel one instead.',
  },
  [ErrorCode.SLOT_WITHDRAWN]: {
    when: 'The expert has withdrawn the slot, or no longer holds the EXPERT role.',
  },
  [ErrorCode.SLOT_PAST]: {
    when: 'The slot has already started (booking it, or changing it).',
  },
  [ErrorCode.SLOT_OVERLAP]: {
    when: 'A published slot overlaps another open slot of the same expert (nothing is written).',
  },
  [ErrorCode.CHANGE_CUTOFF_PASSED]: {
    when: 'An applicant cancels or moves a consultation later than the academy’s cut-off (default 24 h) before its start.',
  },
  [ErrorCode.ROUND_CLOSED]: {
    when: '`bookAppointment`, `bookConsultation` or `rescheduleConsultation` outside the round’s booking window (admins are not bound by it).',
    extensions: '`opensAt`, `closesAt`: the window, ISO 8601 (null: unbounded)',
  },
  [ErrorCode.NOT_IN_ROUND_AUDIENCE]: {
    when: '`bookAppointment` for an organisation the round is not for: not in the academy’s cohort (COHORT), not a cohort organisation of an ALUMNI academy (ALUMNI), or without an application (APPLICANTS). Nothing is written.',
    extensions: '`audience`: the round’s audience',
  },
  [ErrorCode.SLOT_IN_OTHER_ROUND]: {
    when: '`rescheduleConsultation` onto a slot of another round: a booking moves only within its round.',
  },
  [ErrorCode.CONSULTATION_ROUND_EXISTS]: {
    when: '`openAppointmentRound` with purpose CONSULTATION for an academy that already has its consultation round (change that one with `updateAppointmentRound`).',
  },
  [ErrorCode.RUBRIC_LOCKED]: {
    when: 'The rubric changes after the first submitted review of the academy (nothing is written).',
  },
  [ErrorCode.SCORE_OUT_OF_SCALE]: {
    when: 'A score is outside its criterion’s scale, or “not applicable” where the criterion does not allow it; `field` names the criterion.',
  },
  [ErrorCode.CRITERION_NOT_IN_RUBRIC]: {
    when: 'A score names a criterion that is not in this academy’s rubric (for example another academy’s).',
  },
  [ErrorCode.NOT_ASSIGNED]: {
    when: 'A reviewer saves, submits or reads a review of an application not assigned to them.',
  },
  [ErrorCode.CONFLICT_OF_INTEREST]: {
    when: 'Assigning a reviewer who declared a conflict of interest with the applying organisation.',
  },
  [ErrorCode.REVIEW_SUBMITTED]: {
    when: 'Saving or submitting a review that has already been submitted (a submitted review is locked).',
  },
  [ErrorCode.REVIEW_INCOMPLETE]: {
    when: 'Submitting a review without a score for every criterion or without a recommendation; `fields` lists what is missing.',
  },
  [ErrorCode.NOT_SUBMITTED]: {
    when: 'A decision or review for an application that is not submitted (a draft or withdrawn one).',
  },
  [ErrorCode.SELECTION_RELEASED]: {
    when: 'Staging a decision, or publishing or rescheduling the selection, after the academy’s selection was released; `grantDeadlineExtension` after the release (a late application could get no decision).',
  },
  [ErrorCode.SELECTION_NOT_READY]: {
    when: 'Publishing while a submitted application has no decision, more are accepted than the capacity, reserve ranks are not 1…n, the release (now or the scheduled `at`) is not after the application deadline and every extension of it (`DEADLINE_NOT_PASSED`), or the academy’s confirmation deadline is not after the release (`CONFIRMATION_DEADLINE_PAST`); `problems` lists each.',
  },
  [ErrorCode.NO_OFFER]: {
    when: 'Confirming or declining for an application that holds no offer of a place.',
  },
  [ErrorCode.CONFIRMATION_DEADLINE_PASSED]: {
    when: 'Confirming or declining after the offer’s deadline (`deadline`).',
  },
  [ErrorCode.OFFER_ANSWERED]: {
    when: 'Confirming or declining an offer that was already confirmed, declined or lapsed.',
  },
  [ErrorCode.NOT_YOUR_ORGANISATION]: {
    when: 'Marking an assignment done (or undone) for an organisation one is not a member of, staff included.',
  },
  [ErrorCode.ORGANISATION_NOT_IN_AUDIENCE]: {
    when: "Marking an assignment done for an organisation that is not in the event's audience (not in the academy's cohort, or not the organisation of its own session).",
  },
  [ErrorCode.REGISTRATION_NOT_OFFERED]: {
    when: '`registerForEvent` or `cancelEventRegistration` for an event that takes no registrations (no `setEventRegistration` yet).',
  },
  [ErrorCode.REGISTRATION_CLOSED]: {
    when: '`registerForEvent` at or after the event’s registration closing time (`closesAt`); `cancelEventRegistration` once the event has started (`closesAt` is then the start).',
    extensions: '`closesAt` (ISO instant)',
  },
  [ErrorCode.ALREADY_REGISTERED]: {
    when: '`registerForEvent` by a person who is already registered or on the waitlist for that event.',
  },
  [ErrorCode.NOT_IN_AUDIENCE]: {
    when: '`registerForEvent` by a person outside the event’s audience (not a participant of the academy’s cohort, or not a member of the organisation whose session it is).',
  },
  [ErrorCode.NOT_REGISTERED]: {
    when: '`cancelEventRegistration` by a person with no live registration (registered or waitlisted) for the event.',
  },
  [ErrorCode.NOT_IN_COHORT]: {
    when: 'Managing the team of an organisation that is not in the academy’s cohort.',
  },
  [ErrorCode.TEAM_FULL]: {
    when: 'Adding a person to a team that already has the academy’s `teamSizeLimit` people (`limit`).',
    extensions: '`limit`',
  },
  [ErrorCode.ALREADY_IN_TEAM]: {
    when: 'Adding an e-mail address that is already on the organisation’s team (`field`: `input.email`).',
    extensions: '`field`',
  },
  [ErrorCode.RESPONSIBLE_PERSON_REQUIRED]: {
    when: 'Removing the team’s responsible person: make someone else responsible first.',
  },
  [ErrorCode.NOT_A_PARTICIPANT]: {
    when: 'Recording attendance for someone who is not on the team of an organisation in the event’s audience (`participantIds`: the refused ones).',
    extensions: '`participantIds`',
  },
  [ErrorCode.SESSION_NOT_HELD]: {
    when: 'Saving a summary or adding, changing or removing an agreed action of a booking that is cancelled or whose session has not started yet (`startsAt`).',
    extensions: '`startsAt` (ISO instant)',
  },
  [ErrorCode.ACTION_OWNER_NOT_IN_TEAM]: {
    when: 'An agreed action’s owner who is not on the booking organisation’s team in the academy (another organisation’s participant, or one who has left); `field`: `input.ownerParticipantId`.',
    extensions: '`field`',
  },
  [ErrorCode.AGREED_ACTIONS_FULL]: {
    when: 'Adding an agreed action to a booking that already has `limit` (50).',
    extensions: '`limit`',
  },
  [ErrorCode.NOT_YOUR_PILOT]: {
    when: 'Editing a pilot (its texts, stage, schedule, milestones or tasks) by someone who is not on its organisation’s team but may know it exists: an expert or admin, or a participant of another organisation of the same cohort. Anyone else gets `NOT_FOUND`.',
  },
  [ErrorCode.INVALID_DATE]: {
    when: 'A task’s due date or a milestone’s planned date that is not a real calendar date `YYYY-MM-DD` within 2000–2100 (e.g. `2026-11-31`, 31.11.).',
    extensions: '`field`',
  },
  [ErrorCode.OWNER_NOT_IN_TEAM]: {
    when: 'A pilot task’s owner who is not a participant (not left) of the organisation’s cohort team, or an action-plan task’s owner who is not an expert or admin.',
    extensions: '`field`',
  },
  [ErrorCode.UNKNOWN_CATEGORY]: {
    when: 'A tracked action’s category that is not among the pilot categories of the academy’s criteria (`allowed`: the list).',
    extensions: '`field`, `allowed`',
  },
  [ErrorCode.MEASURE_NOT_IN_CATALOGUE]: {
    when: 'Setting a measure that is not in the action’s own academy’s catalogue (another academy’s, or none; `field`: `input.measureId`). Nothing is written.',
    extensions: '`field`',
  },
  [ErrorCode.MEASURE_KEY_TAKEN]: {
    when: 'Adding a catalogue measure with a key the academy already has (`field`: `input.key`).',
    extensions: '`field`',
  },
  [ErrorCode.CRITERION_TEXT_NOT_TAKEN]: {
    when: 'Giving a criterion text for a measure whose `takesCriterionText` is false (`field`: `input.criterionText`).',
    extensions: '`field`',
  },
  [ErrorCode.METRIC_NOT_IN_ACTION]: {
    when: 'Updating, removing or recording a measurement for a metric that is not the named action’s (`field`: `input.metricId`). Nothing is written.',
    extensions: '`field`',
  },
  [ErrorCode.NO_SHARING_CONSENT]: {
    when: 'Publishing a pilot (`setPilotPublished`) whose organisation did not give the “share learnings” consent in its application to the academy, or an action of the action plan (no organisation to consent). Nothing is written.',
  },
  [ErrorCode.BUSINESS_ID_REQUIRED]: {
    when: '`createOrganisation` / `updateOrganisation` leaving out the business ID of a type that has one (every type but `INDIVIDUAL` and `ASSOCIATION`). Nothing is written.',
    extensions: '`field: "input.businessId"`',
  },
  [ErrorCode.REGISTER_NUMBER_TAKEN]: {
    when: '`createOrganisation` / `updateOrganisation` with an association register number another organisation has. Nothing is written.',
    extensions: '`field: "input.associationRegisterNumber"`',
  },
  [ErrorCode.NOT_OPEN_ENROLMENT]: {
    when: '`signUp` to an academy whose `enrolment` is `SELECTIVE` (apply instead). Nothing is written.',
  },
  [ErrorCode.ENROLMENT_IS_OPEN]: {
    when: '`saveApplicationDraft` for an academy whose `enrolment` is `OPEN` (sign up instead). Nothing is written.',
  },
  [ErrorCode.ENROLMENT_LOCKED]: {
    when: '`updateAcademy` changing `enrolment` after the academy left `DRAFT`. Nothing is written.',
    extensions: '`field: "input.enrolment"`',
  },
  [ErrorCode.SIGN_UP_CLOSED]: {
    when: '`signUp` before the sign-up window opens (`applicationOpensAt`), after its deadline (`applicationDeadline`, the last instant that counts) or once the academy is `ALUMNI`. Nothing is written.',
    extensions: '`opensAt`, `deadline` (ISO instants)',
  },
  [ErrorCode.ALREADY_SIGNED_UP]: {
    when: '`signUp` for an organisation already in the academy (also the loser of two simultaneous sign-ups). Nothing is written.',
  },
  [ErrorCode.TERMS_NOT_ACCEPTED]: {
    when: '`signUp` with `acceptTerms: false` to an academy that has terms of participation. Nothing is written.',
    extensions: '`field: "input.acceptTerms"`',
  },
  [ErrorCode.NOT_ALUMNUS]: {
    when: 'Saving or submitting an outcome report (`saveOutcomeReport`, `submitOutcomeReport`) while the organisation is not an alumnus of the academy (the academy is not ALUMNI yet). Nothing is written.',
  },
  [ErrorCode.NOT_RESPONSIBLE_PERSON]: {
    when: "Saving or submitting an outcome report as a member of the organisation's team who is not its responsible person. Nothing is written.",
  },
  [ErrorCode.OUTCOME_REPORT_CLOSED]: {
    when: "Saving or submitting an outcome report after the academy's deadline (`outcomeReportDueOn`, until 23:59:59 that day in the academy's zone). `dueAt` is the deadline's last instant. Nothing is written.",
    extensions: '`dueAt` (ISO instant)',
  },
  [ErrorCode.OUTCOME_REPORT_SUBMITTED]: {
    when: 'Saving or submitting an outcome report that has already been submitted. Nothing is written.',
  },
  [ErrorCode.OUTCOME_REPORT_INCOMPLETE]: {
    when: 'Submitting an outcome report without `procured` or `lessons` (`fields` names them, e.g. `input.lessons`). Nothing is written, the draft included.',
    extensions: '`fields` (input paths)',
  },
  [ErrorCode.RETENTION_BELOW_LEGAL_MINIMUM]: {
    when: '`updateRetentionSettings` with `months` shorter than the academy’s legal minimum in force for the kind (set with `setRetentionLegalMinimum`; `field` names the entry, e.g. `input.settings.0.months`). Nothing is written, the other entries included.',
    extensions: '`field`, `kind`, `legalMinimumMonths`',
  },
  [ErrorCode.RETENTION_NOT_PER_ACADEMY]: {
    when: '`updateRetentionSettings` or `setRetentionLegalMinimum` for a platform-wide kind (`SENT_MAIL`, `AUDIT`): their period is the platform default. Nothing is written.',
    extensions: '`field`, `kind`',
  },
  [ErrorCode.RETENTION_MINIMUM_ABOVE_PERIOD]: {
    when: '`setRetentionLegalMinimum` with a minimum longer than the period in force (the academy’s own or the default, `months`): a minimum never changes a period by itself; raise the period with `updateRetentionSettings` first. Nothing is written.',
    extensions: '`field` (`input.legalMinimumMonths`), `kind`, `months`',
  },
  [ErrorCode.EXPORT_LINK_USED]: {
    when: 'Downloading a data export archive whose link was already used (HTTP 410): the archive was deleted at the first download. Nothing is changed.',
  },
  [ErrorCode.EXPORT_LINK_EXPIRED]: {
    when: 'Downloading a data export archive after its link expired (24 hours after it was mailed; HTTP 410): the archive is deleted. Nothing is changed.',
  },
};

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The API guide's error table: every code, when it comes, its extensions and its English message. */
export function renderErrorTable(): string {
  const rows = Object.values(ErrorCode).map((code) => {
    const doc = ERROR_DOCS[code];
    return `| \`${code}\` | ${cell(doc.when)} | ${cell(doc.extensions ?? '—')} | ${cell(MESSAGES[code].en)} |`;
  });
  return [
    '| Code | When | Extensions | Message (English; Finnish and Swedish alike) |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
