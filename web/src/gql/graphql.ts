/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** SELECTIVE: organisations apply and are selected. OPEN: they sign up by the deadline and take part at once. */
export type AcademyEnrolment =
  | 'OPEN'
  | 'SELECTIVE';

export type AcademyIdInput = {
  academyId: string | number;
};

/** DRAFT → OPEN (applications) → SELECTION → RUNNING → ALUMNI. */
export type AcademyStatus =
  | 'ALUMNI'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'OPEN'
  | 'RUNNING'
  | 'SELECTION';

export type AddAgreedActionInput = {
  bookingId: string | number;
  /** A calendar date `YYYY-MM-DD` in the academy’s zone; a date that does not exist (2025-02-30) is refused. */
  dueDate: string;
  /** A participant of the booking organisation’s cohort team who has not left. */
  ownerParticipantId: string | number;
  /** At most 300 characters. */
  title: string;
};

export type AddEventAssignmentInput = {
  /** Due instant. Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  dueAt: string;
  eventId: string | number;
  instructions?: LocalizedTextInput | null | undefined;
  title: LocalizedTitleInput;
};

/** A material: a title and a text, a link, or both. */
export type AddEventMaterialInput = {
  body?: LocalizedTextInput | null | undefined;
  eventId: string | number;
  title: LocalizedTitleInput;
  /** http(s) address. */
  url?: string | null | undefined;
};

/** A recorded outcome: a title, a text and up to 10 links. */
export type AddEventOutcomeInput = {
  body?: LocalizedTextInput | null | undefined;
  eventId: string | number;
  /** http(s) addresses (at most 10). */
  links?: Array<string> | null | undefined;
  title: LocalizedTitleInput;
};

export type AddMetricInput = {
  /** An exact decimal as a string: up to 10 digits before the point and 4 after, e.g. '42', '-3.25'. */
  baseline: string;
  /** e.g. 'Share of recycled aggregate'. */
  name: string;
  /** An exact decimal as a string: up to 10 digits before the point and 4 after, e.g. '42', '-3.25'. */
  target: string;
  trackedActionId: string | number;
  /** e.g. '%', 't CO₂e'. */
  unit: string;
};

export type AddTaskInput = {
  /** A calendar date 'YYYY-MM-DD' in the academy's time zone; one that does not exist (2026-11-31) is refused with INVALID_DATE. */
  dueDate: string;
  /** A pilot's task: a participant of the organisation's cohort team who has not left (else OWNER_NOT_IN_TEAM). */
  ownerParticipantId?: string | number | null | undefined;
  /** An action-plan task: a staff member (ADMIN or EXPERT), else OWNER_NOT_IN_TEAM. */
  ownerUserId?: string | number | null | undefined;
  title: string;
  trackedActionId: string | number;
};

/** A person added to a cohort organisation's named team. */
export type AddTeamMemberInput = {
  academyId: string | number;
  /** The address they sign in with (stored lower-case). */
  email: string;
  name: string;
  organisationId: string | number;
  /** e.g. PROCUREMENT, ENVIRONMENT. */
  teamRole?: string | null | undefined;
};

export type ApplicationIdInput = {
  applicationId: string | number;
  expectedVersion?: number | null | undefined;
};

export type ApplicationStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** One expert on one submitted application. */
export type AssignReviewerInput = {
  applicationId: string | number;
  expertId: string | number;
};

/** Brings every submitted application up to `perApplication` reviewers, evenly. */
export type AssignReviewersInput = {
  academyId: string | number;
  expertIds: Array<string | number>;
  perApplication: number;
};

/** The aggregate of the submitted reviews that the selection board ranks by. */
export type BoardRanking =
  | 'MEAN'
  | 'MEDIAN';

export type BookAppointmentInput = {
  /** The organisation the appointment is for. */
  organisationId: string | number;
  slotId: string | number;
};

export type BookConsultationInput = {
  applicationId: string | number;
  slotId: string | number;
};

export type BookingStatus =
  | 'ACTIVE'
  | 'CANCELLED';

export type CancelConsultationInput = {
  bookingId: string | number;
  reason?: string | null | undefined;
};

export type CancelEventInput = {
  eventId: string | number;
};

/** How often each pilot is expected to write a progress update (check-in). */
export type CheckInCadence =
  | 'MONTHLY'
  | 'NONE'
  | 'QUARTERLY';

/** RESPONSIBLE: the application's responsible person; EXPERT: one of its experts. */
export type CohortParticipantRole =
  | 'EXPERT'
  | 'RESPONSIBLE';

/** A comment on a progress update: experts, admins and the action's team. */
export type CommentProgressUpdateInput = {
  body: string;
  progressUpdateId: string | number;
};

export type ConfirmParticipationInput = {
  applicationId: string | number;
};

/** Consents. Each also gives the ATTESTATION criteria whose `parameters.consent` names it. */
export type ConsentsInput = {
  /** Able to attend the events and sparring sessions. Gives an ATTESTATION criterion with `parameters: { consent: "attendEvents" }`. */
  attendEvents?: boolean | null | undefined;
  /** Willing to share learnings within the group and the organisation. Gives an ATTESTATION criterion with `parameters: { consent: "shareLearnings" }`. */
  shareLearnings?: boolean | null | undefined;
};

export type CreateAcademyInput = {
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). "By 31.5." means 2024-05-31T23:59:59. */
  applicationDeadline: string;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  applicationOpensAt: string;
  capacity: number;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). After selectionAnnouncementAt; null or left out: 14 days after the release. */
  confirmationDeadline?: string | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  consultationBookingDeadline: string;
  description: LocalizedTextInput;
  /** SELECTIVE (apply and be selected; when left out) or OPEN (sign up by applicationDeadline, no selection). Changeable only while DRAFT. */
  enrolment?: AcademyEnrolment | null | undefined;
  /** Minutes before each event that its audience is reminded: at most 4 different values, each 5–20160 (14 days); [] for none; 2880 and 60 when left out. */
  eventReminderMinutes?: Array<number> | null | undefined;
  previousEditionId?: string | number | null | undefined;
  /** Events' recorded outcomes are public (also signed out) while the academy is published; false when left out. */
  publicOutcomes?: boolean | null | undefined;
  /** Days (1–60) a promoted reserve has to answer its offer; 7 when left out. */
  reserveResponseDays?: number | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  selectionAnnouncementAt: string;
  /** OPEN academies: terms of participation a sign-up must accept; null (update) removes them. */
  signUpTerms?: LocalizedTextInput | null | undefined;
  /** Lower-case words joined by hyphens, e.g. `kiertotalous-2025`. */
  slug: string;
  /** How many people (1–50) a cohort organisation's named team may have; 6 when left out. */
  teamSizeLimit?: number | null | undefined;
  theme: string;
  /** IANA zone; Europe/Helsinki when left out. */
  timeZone?: string | null | undefined;
  title: LocalizedTitleInput;
};

export type CreateNextEditionInput = {
  /** The academy to copy (any status). */
  academyId: string | number;
  shiftTo: EditionShiftInput;
  /** The new edition's slug, e.g. `kiertotalous-2024`. */
  slug: string;
};

export type CreateOrganisationInput = {
  /** ASSOCIATION only: its number in the Finnish association register, e.g. `123.456` (stored as digits). */
  associationRegisterNumber?: string | null | undefined;
  /** Finnish business ID (Y-tunnus), e.g. `0201256-6`. Required unless the type is INDIVIDUAL or ASSOCIATION (BUSINESS_ID_REQUIRED). Never a personal identity code. */
  businessId?: string | null | undefined;
  name: string;
  region?: string | null | undefined;
  type: OrganisationType;
};

export type CriterionInput = {
  help?: LocalizedTextInput | null | undefined;
  /** Keep an existing criterion (and the answers given to it) by naming its id. */
  id?: string | number | null | undefined;
  kind: CriterionKind;
  label: LocalizedTitleInput;
  parameters?: unknown;
  severity: CriterionSeverity;
};

export type CriterionKind =
  | 'ATTESTATION'
  | 'CUSTOM_QUESTION'
  | 'MANAGEMENT_COMMITMENT'
  | 'ORGANISATION_TYPE'
  | 'PILOT_PROCUREMENT'
  | 'PRIOR_GROUNDWORK'
  | 'RESPONSIBLE_PERSON'
  | 'TEAM';

/** HARD blocks submission; SOFT flags for discussion. */
export type CriterionSeverity =
  | 'HARD'
  | 'SOFT';

/** Whose data: the caller's own, or an organisation's (asked by its contact). */
export type DataExportKind =
  | 'ORGANISATION'
  | 'PERSON';

/** PENDING: being built. READY: mailed, the link works once until expiresAt. DOWNLOADED / EXPIRED: the archive is deleted. */
export type DataExportStatus =
  | 'DOWNLOADED'
  | 'EXPIRED'
  | 'PENDING'
  | 'READY';

export type DeclareConflictOfInterestInput = {
  organisationId: string | number;
  reason?: string | null | undefined;
};

export type DeclineParticipationInput = {
  applicationId: string | number;
  /** Why (shown to staff), up to 2000 characters. */
  reason?: string | null | undefined;
};

export type DeleteMyAccountInput = {
  /** The account’s own address, typed again to confirm. */
  confirmEmail: string;
};

/** Where the next edition goes. Give exactly one: `year` (whole years: every local date-time keeps its day and wall-clock time, 29.2 becomes 28.2 in a common year) or `applicationDeadlineDate` (calendar days: every local date-time moves by the days between the source's and the new application deadline date; a multiple of 7 keeps weekdays). Both are read in the academy's zone. */
export type EditionShiftInput = {
  /** The new application deadline's date (`YYYY-MM-DD`, in the academy's zone). */
  applicationDeadlineDate?: string | null | undefined;
  /** The new edition's year, counted from the source's application deadline: 2025 on a 2023 academy moves everything two years. */
  year?: number | null | undefined;
};

export type EligibilityOutcome =
  | 'MET'
  | 'NEEDS_REVIEW'
  | 'NOT_MET';

export type EndProgrammeInput = {
  academyId: string | number;
};

export type EraseUserInput = {
  /** Why, e.g. "request by e-mail 2.12.2026" (kept in the audit; the person’s full name and address are removed from it). */
  reason: string;
  userId: string | number;
};

/** COHORT events are public on a published academy; ORGANISATION and ALUMNI ones are not. */
export type EventAudience =
  | 'ALUMNI'
  | 'COHORT'
  | 'ORGANISATION';

export type EventKind =
  | 'ALUMNI_MEETING'
  | 'CLOSING'
  | 'FOLLOW_UP_MEETING'
  | 'KICKOFF'
  | 'OTHER'
  | 'SPARRING'
  | 'WORKSHOP';

export type EventMode =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'REMOTE';

export type EventRegistrationInput = {
  eventId: string | number;
};

export type EventStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type FundingSourceInput = {
  /** Left out when only the funder is named. */
  amount?: MoneyInput | null | undefined;
  /** The funder or kind of funding, e.g. `Uudenmaan liitto`, `EU (EAKR)`. */
  name: LocalizedTitleInput;
};

/** ADMIN runs academies; EXPERT hosts consultations and reviews. */
export type GlobalRole =
  | 'ADMIN'
  | 'EXPERT';

export type GrantDeadlineExtensionInput = {
  applicationId: string | number;
  reason: string;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  until: string;
};

export type GroundworkInput = {
  otherDescription?: string | null | undefined;
  /** e.g. KEINO_ACADEMY, TOIMI, OTHER */
  programmes?: Array<string> | null | undefined;
};

export type InviteMemberInput = {
  email: string;
  organisationId: string | number;
  role?: MembershipRole;
};

/** A language Akatemia speaks: Finnish (fi), Swedish (sv), English (en). */
export type Locale =
  | 'en'
  | 'fi'
  | 'sv';

/** A longer text in Finnish (required), Swedish and English. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  fi: string;
  sv?: string | null | undefined;
};

/** A short text in Finnish (required), Swedish and English. */
export type LocalizedTitleInput = {
  en?: string | null | undefined;
  fi: string;
  sv?: string | null | undefined;
};

export type ManagementCommitmentInput = {
  /** YYYY-MM-DD */
  approvedOn?: string | null | undefined;
  approverName?: string | null | undefined;
  approverTitle?: string | null | undefined;
};

/** Marks the assignment done for one of the caller's organisations. */
export type MarkAssignmentDoneInput = {
  answer?: string | null | undefined;
  assignmentId: string | number;
  /** http(s) address. */
  link?: string | null | undefined;
  organisationId: string | number;
};

/** PLANNED (Suunniteltu / Planerad), APPLIED (Käytetty / Tillämpad), NOT_USED (Ei käytetty / Inte använd). */
export type MeasureStatus =
  | 'APPLIED'
  | 'NOT_USED'
  | 'PLANNED';

/** CONTACT manages the organisation and its members; MEMBER takes part. */
export type MembershipRole =
  | 'CONTACT'
  | 'MEMBER';

/** An exact amount of money and its currency. */
export type MoneyInput = {
  /** A decimal string, not negative, at most two decimals and 12 digits before the point: `225118`, `1250.50`. Never a float. */
  amount: string;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
};

export type NextEditionPreviewInput = {
  /** The academy to copy (any status). */
  academyId: string | number;
  shiftTo: EditionShiftInput;
};

/** OPEN: confirm or decline by respondBy. CONFIRMED, DECLINED, or LAPSED (not answered in time; the seat went to the next reserve). */
export type OfferStatus =
  | 'CONFIRMED'
  | 'DECLINED'
  | 'LAPSED'
  | 'OPEN';

export type OpenAppointmentRoundInput = {
  academyId: string | number;
  /** Who may book; by default the purpose’s: CONSULTATION → APPLICANTS, SPARRING → COHORT, FOLLOW_UP → ALUMNI. */
  audience?: RoundAudience | null | undefined;
  /** How many active bookings one organisation may hold in the round, 1…10 (default 1). */
  bookingsPerOrganisation?: number | null | undefined;
  /** Booking closes; after opensAt (null: no end). Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  closesAt?: string | null | undefined;
  /** Booking opens (null: open from the start). Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  opensAt?: string | null | undefined;
  purpose: RoundPurpose;
  titleEn?: string | null | undefined;
  /** Title in Finnish (optional). */
  titleFi?: string | null | undefined;
  titleSv?: string | null | undefined;
};

export type OrganisationFactsInput = {
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  employees?: number | null | undefined;
};

/** Public buyers (MUNICIPALITY … OTHER_CONTRACTING_ENTITY) and, for open programmes, COMPANY, EDUCATIONAL_INSTITUTION, ASSOCIATION, RESEARCH_ORGANISATION and INDIVIDUAL (a person, e.g. a local decision-maker). */
export type OrganisationType =
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'EDUCATIONAL_INSTITUTION'
  | 'INDIVIDUAL'
  | 'IN_HOUSE_COMPANY'
  | 'JOINT_MUNICIPAL_AUTHORITY'
  | 'MUNICIPALITY'
  | 'OTHER_CONTRACTING_ENTITY'
  | 'PARISH'
  | 'RESEARCH_ORGANISATION'
  | 'STATE_AGENCY'
  | 'WELLBEING_SERVICES_COUNTY';

export type OutcomeReportFinalValueInput = {
  /** A metric of the pilot (else METRIC_NOT_IN_ACTION). */
  metricId: string | number;
  /** An exact decimal: up to 10 digits before the point and 4 after, e.g. '42', '-3.25'. */
  value: string;
};

/** NOT_STARTED (nothing saved: the fields show the prefill from the pilot's follow-up data), DRAFT (saved, not submitted), SUBMITTED. */
export type OutcomeReportStatus =
  | 'DRAFT'
  | 'NOT_STARTED'
  | 'SUBMITTED';

export type PersonInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  /** e.g. PROCUREMENT, ENVIRONMENT, SECTOR */
  role?: string | null | undefined;
};

export type PilotProcurementInput = {
  /** e.g. CONSTRUCTION, CONSTRUCTION_DESIGN */
  category?: string | null | undefined;
  description?: string | null | undefined;
  /** Planned start, YYYY-MM-DD */
  plannedStart?: string | null | undefined;
  title?: string | null | undefined;
};

/** A series of meetings planned as individual timeline events, each editable and cancellable alone afterwards. */
export type PlanMeetingSeriesInput = {
  academyId: string | number;
  audience?: EventAudience;
  /** Required when the audience is ORGANISATION. */
  audienceOrganisationId?: string | number | null | undefined;
  /** How many meetings, 2…52. */
  count: number;
  description?: LocalizedTextInput | null | undefined;
  /** The first meeting's end. Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  endsAt: string;
  /** Repeat every this many units, 1…24. */
  every: number;
  /** Experts or admins who host every meeting. */
  hostIds?: Array<string | number> | null | undefined;
  kind?: EventKind;
  mode: EventMode;
  /** Adds the number to each title: `Sidosryhmätapaaminen 2/5`. */
  numbered?: boolean;
  onlineUrl?: string | null | undefined;
  place?: string | null | undefined;
  /** Registration with capacity on every meeting; left out: no registration. */
  registration?: SeriesRegistrationInput | null | undefined;
  /** The first meeting's start. Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). Every meeting keeps its wall-clock time. */
  startsAt: string;
  title: LocalizedTitleInput;
  unit: SeriesUnit;
};

export type ProgrammePartnerInput = {
  /** The organisation's name as it writes it. */
  name: string;
  /** Its role, e.g. `Koordinaattori`. */
  role: LocalizedTitleInput;
  /** Its web site: an http(s) address. */
  url?: string | null | undefined;
};

/** Give `slots` (single times) or `series`, not both. */
export type PublishConsultationSlotsInput = {
  academyId: string | number;
  mode: SlotMode;
  onlineUrl?: string | null | undefined;
  place?: string | null | undefined;
  /** The round to publish into (of this academy); default: the academy's CONSULTATION round. */
  roundId?: string | number | null | undefined;
  series?: SlotSeriesInput | null | undefined;
  slots?: Array<SlotTimeInput> | null | undefined;
};

export type PublishSelectionInput = {
  academyId: string | number;
  /** When to release. Omitted or not in the future: now. Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  at?: string | null | undefined;
};

/** Who attended the event: the whole list (bulk), replacing what was recorded for the audience's current teams. */
export type RecordAttendanceInput = {
  /** CohortParticipant ids; an empty list clears the record. */
  attendedParticipantIds: Array<string | number>;
  eventId: string | number;
};

export type RecordConsultationNotesInput = {
  bookingId: string | number;
  notes: string;
};

/** One dated actual value; recording the same date again replaces that day's value. */
export type RecordMeasurementInput = {
  /** A calendar date 'YYYY-MM-DD' in the academy's time zone; one that does not exist (2026-11-31) is refused with INVALID_DATE. */
  measuredOn: string;
  /** A metric of that action (else METRIC_NOT_IN_ACTION). */
  metricId: string | number;
  note?: string | null | undefined;
  trackedActionId: string | number;
  /** An exact decimal as a string: up to 10 digits before the point and 4 after, e.g. '42', '-3.25'. */
  value: string;
};

/** REGISTERED: holds a seat. WAITLISTED: waits in arrival order and gets the first freed seat automatically. CANCELLED: cancelled by the person. */
export type RegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED'
  | 'WAITLISTED';

export type RemoveEventAssignmentInput = {
  assignmentId: string | number;
};

export type RemoveEventMaterialInput = {
  materialId: string | number;
};

export type RemoveEventOutcomeInput = {
  outcomeId: string | number;
};

export type RemoveMemberInput = {
  organisationId: string | number;
  userId: string | number;
};

export type RequestOrganisationDataExportInput = {
  /** An organisation you are a CONTACT of. */
  organisationId: string | number;
};

export type RequestSignInInput = {
  email: string;
  /** Language of the sign-in e-mail. */
  locale: Locale;
  /** The page of this application to open after signing in (e.g. `/academies/x/application`), carried in the link as `&next=`. A path starting with one `/`, without `//`, backslashes or control characters, at most 512 characters. */
  next?: string | null | undefined;
};

export type RescheduleConsultationInput = {
  bookingId: string | number;
  slotId: string | number;
};

export type RescheduleEventInput = {
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  endsAt: string;
  eventId: string | number;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  startsAt: string;
};

/** The instant a retention period runs from. */
export type RetentionAnchor =
  /** The audit entry was written. */
  | 'ENTRY_RECORDED'
  /** The mail was sent. */
  | 'MAIL_SENT'
  /** The programme ended: the end of the academy's last scheduled cohort-wide CLOSING event (none: never due). */
  | 'PROGRAMME_END'
  /** The academy's selection decisions were released. */
  | 'SELECTION_RELEASED';

/** A kind of personal data with a keeping time (docs/privacy.md). */
export type RetentionKind =
  /** The audit trail (platform-wide). */
  | 'AUDIT'
  /** The experts' notes of appointments, the reasons appointments were cancelled, and the appointments' summaries. */
  | 'CONSULTATION_NOTES'
  /** Answers of applications whose decision was REJECTED. */
  | 'REJECTED_APPLICATIONS'
  /** Reviewers' written reasoning (the comment; scores stay). */
  | 'REVIEWS'
  /** Sent, cancelled and parked mail kept in the outbox (platform-wide). */
  | 'SENT_MAIL';

/** ACADEMY: set per academy. PLATFORM: one platform-wide period (the default). */
export type RetentionScope =
  | 'ACADEMY'
  | 'PLATFORM';

/** One kind’s period (its legal minimum is set apart). */
export type RetentionSettingInput = {
  kind: RetentionKind;
  /** Months, 0–600; not below the academy's legal minimum in force. */
  months: number;
};

/** Your review of this application. */
export type ReviewApplicationInput = {
  applicationId: string | number;
};

export type ReviewCriterionInput = {
  allowsNotApplicable?: boolean;
  guidance?: LocalizedTextInput | null | undefined;
  /** Keep an existing criterion (and the draft scores given to it) by naming its id. */
  id?: string | number | null | undefined;
  label: LocalizedTitleInput;
  scaleMax: number;
  scaleMin: number;
  weight: number;
};

export type ReviewRecommendation =
  | 'ACCEPT'
  | 'REJECT'
  | 'RESERVE';

export type ReviewScoreInput = {
  criterionId: string | number;
  /** null = not applicable (where allowed). */
  score?: number | null | undefined;
};

/** ASSIGNED → DRAFT (saved) → SUBMITTED (locked). */
export type ReviewStatus =
  | 'ASSIGNED'
  | 'DRAFT'
  | 'SUBMITTED';

export type RoleChangeInput = {
  /** The person, by e-mail; they must have signed in once. */
  email: string;
  role: GlobalRole;
};

export type RoundAudience =
  | 'ALUMNI'
  | 'APPLICANTS'
  | 'COHORT';

export type RoundPurpose =
  | 'CONSULTATION'
  | 'FOLLOW_UP'
  | 'SPARRING';

export type SaveApplicationDraftInput = {
  academyId: string | number;
  /** Attestations by criterion id: { "<id>": true }. At most 64 KB as JSON. */
  attestations?: unknown;
  consents?: ConsentsInput | null | undefined;
  /** Answers to custom questions by criterion id. At most 64 KB as JSON, 5,000 characters per answer. */
  customAnswers?: unknown;
  /** The version you edited; a stale one is refused with CONFLICT. 0: create only — CONFLICT if the application already exists. */
  expectedVersion?: number | null | undefined;
  groundwork?: GroundworkInput | null | undefined;
  managementCommitment?: ManagementCommitmentInput | null | undefined;
  organisationFacts?: OrganisationFactsInput | null | undefined;
  organisationId: string | number;
  pilotProcurement?: PilotProcurementInput | null | undefined;
  team?: TeamInput | null | undefined;
};

export type SaveAppointmentSummaryInput = {
  bookingId: string | number;
  /** Free text (Finnish), at most 10000 characters. */
  summary: string;
};

/** The whole report as the form holds it. Saving keeps it a draft; submitting also needs procured and lessons. */
export type SaveOutcomeReportInput = {
  criteriaText: string;
  /** Final values; a metric left out has none. */
  finalValues: Array<OutcomeReportFinalValueInput>;
  lessons: string;
  /** Measures of the academy's catalogue. */
  measureIds: Array<string | number>;
  permissionToPublish: boolean;
  procured: string;
  /** The pilot (the organisation's tracked action). */
  trackedActionId: string | number;
};

/** A draft: the scores given replace the saved ones. */
export type SaveReviewInput = {
  applicationId: string | number;
  comment?: string | null | undefined;
  recommendation?: ReviewRecommendation | null | undefined;
  scores: Array<ReviewScoreInput>;
};

export type ScheduleEventInput = {
  academyId: string | number;
  audience?: EventAudience;
  /** Required when the audience is ORGANISATION. */
  audienceOrganisationId?: string | number | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  endsAt: string;
  /** Experts or admins who host the event. */
  hostIds?: Array<string | number> | null | undefined;
  kind: EventKind;
  mode: EventMode;
  onlineUrl?: string | null | undefined;
  place?: string | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  startsAt: string;
  title: LocalizedTitleInput;
};

export type SelectionOutcome =
  | 'ACCEPTED'
  | 'REJECTED'
  | 'RESERVE';

/** Meetings with limited places (e.g. travel): registration with capacity. */
export type SeriesRegistrationInput = {
  /** Seats per meeting, 1…1000. */
  capacity: number;
  /** Registration closes this many days (0…90) before each meeting's start, at the same local time; 0: at the start. */
  closesDaysBefore?: number;
};

export type SeriesUnit =
  | 'MONTHS'
  | 'WEEKS';

/** How `signIn` hands over the session: a Bearer token, or an HttpOnly cookie. */
export type SessionTransport =
  | 'BEARER'
  | 'COOKIE';

export type SetDeclaredOnScheduleInput = {
  onSchedule: boolean;
  trackedActionId: string | number;
};

export type SetEligibilityCriteriaInput = {
  academyId: string | number;
  /** The whole list, in order; replaces the previous one. */
  criteria: Array<CriterionInput>;
};

/** Sets an academy's check-in settings (admins; audited). */
export type SetFollowUpSettingsInput = {
  academyId: string | number;
  checkInCadence: CheckInCadence;
  /** 0–30. */
  taskReminderDays: number;
};

/** Sets an academy's outcome-report deadline (admins; audited). */
export type SetOutcomeReportDeadlineInput = {
  academyId: string | number;
  /** The last day 'YYYY-MM-DD' in the academy's zone (until 23:59:59 local); null removes the deadline. A date that does not exist: INVALID_DATE. */
  dueOn?: string | null | undefined;
};

export type SetProgrammeBudgetInput = {
  academyId: string | number;
  /** The total budget; null clears it. */
  budget?: MoneyInput | null | undefined;
  /** Every funding source in the order shown (replaces the list; at most 20). */
  fundingSources: Array<FundingSourceInput>;
};

export type SetProgrammeDurationInput = {
  academyId: string | number;
  /** Last day (inclusive), a date that exists (no 2021-11-31), not before the first. */
  endDate?: string | null | undefined;
  /** First day, `YYYY-MM-DD` in the academy's zone; null clears the duration. */
  startDate?: string | null | undefined;
};

export type SetProgrammePartnersInput = {
  academyId: string | number;
  /** Every partner in the order shown (replaces the list; at most 30). */
  partners: Array<ProgrammePartnerInput>;
};

/** Sets an academy's legal minimum for one kind (admins; audited with the reason). It may not exceed the period in force: raise the period first. */
export type SetRetentionLegalMinimumInput = {
  academyId: string | number;
  kind: RetentionKind;
  /** Months, 0–600 (0: no minimum); not above the period in force. */
  legalMinimumMonths: number;
  /** Why, e.g. "Archive Act decision 12/2027" (kept in the audit entry); 1–500 characters. */
  reason: string;
};

export type SetReviewRubricInput = {
  academyId: string | number;
  /** The whole rubric, in order; replaces the previous one. */
  criteria: Array<ReviewCriterionInput>;
};

/** How the action uses a measure of its academy's catalogue; setting it again replaces status, note and criterion text. */
export type SetTrackedActionMeasureInput = {
  /** The criterion text used in the tender; only for a measure with takesCriterionText (else CRITERION_TEXT_NOT_TAKEN). */
  criterionText?: string | null | undefined;
  /** A measure of the action's own academy's catalogue (else MEASURE_NOT_IN_CATALOGUE). */
  measureId: string | number;
  note?: string | null | undefined;
  status: MeasureStatus;
  trackedActionId: string | number;
};

export type SignInInput = {
  /** BEARER: the answer carries `accessToken`. COOKIE: the session is set as an HttpOnly cookie and `accessToken` is null (browsers). */
  session?: SessionTransport;
  /** The token from the sign-in e-mail: `token=` in its link, or the code printed under it (the same value; spaces and line breaks are ignored). */
  token: string;
};

/** What a sign-in token is good for now. */
export type SignInLinkStatus =
  /** Past its lifetime (SIGN_IN_TOKEN_TTL_MINUTES): ask for a new link. */
  | 'EXPIRED'
  /** Not a sign-in token Akatemia issued (mistyped or forged). */
  | 'INVALID'
  /** Already exchanged for a session: links work once. */
  | 'USED'
  /** Unused and unexpired: `signIn` with it opens a session. */
  | 'VALID';

export type SignUpInput = {
  academyId: string | number;
  /** Accepts the academy's `signUpTerms`; required (true) when it has them (TERMS_NOT_ACCEPTED). */
  acceptTerms?: boolean;
  /** An organisation you are a member or contact of. */
  organisationId: string | number;
};

export type SlotIdInput = {
  slotId: string | number;
};

export type SlotMode =
  | 'IN_PERSON'
  | 'REMOTE';

/** Slots on chosen weekdays between two dates, back to back inside a daily window, with a buffer between them. */
export type SlotSeriesInput = {
  /** Minutes between slots. */
  bufferMinutes?: number;
  /** Daily window end, `16:00`: the last slot ends by then. */
  dailyEnd: string;
  /** Daily window start, `09:00` local time. */
  dailyStart: string;
  /** First day, `2027-05-03` (academy zone). */
  from: string;
  /** Length of each slot in minutes. */
  slotMinutes: number;
  /** Last day, `2027-05-28` (academy zone). */
  to: string;
  /** Default Monday–Friday. */
  weekdays?: Array<Weekday>;
};

export type SlotStatus =
  | 'OPEN'
  | 'WITHDRAWN';

export type SlotTimeInput = {
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  endsAt: string;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  startsAt: string;
};

export type StageDecisionInput = {
  applicationId: string | number;
  /** Staff only. */
  note?: string | null | undefined;
  outcome: SelectionOutcome;
  /** Required for RESERVE (1 = first), refused otherwise; unique in the academy. */
  reserveRank?: number | null | undefined;
};

export type TaskIdInput = {
  taskId: string | number;
};

export type TeamInput = {
  experts?: Array<PersonInput> | null | undefined;
  responsiblePerson?: PersonInput | null | undefined;
};

/** One person of a cohort team (removeTeamMember, setTeamResponsiblePerson). */
export type TeamParticipantInput = {
  participantId: string | number;
};

/** NOT_STARTED (Ei aloitettu / Inte påbörjad), PLANNING (Suunnittelu / Planering), IMPLEMENTATION (Toteutus / Genomförande), DONE (Valmis / Klar). Moves may go back. */
export type TrackedActionStage =
  | 'DONE'
  | 'IMPLEMENTATION'
  | 'NOT_STARTED'
  | 'PLANNING';

export type UnmarkAssignmentDoneInput = {
  assignmentId: string | number;
  organisationId: string | number;
};

export type UpdateAcademyInput = {
  academyId: string | number;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). "By 31.5." means 2024-05-31T23:59:59. */
  applicationDeadline?: string | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  applicationOpensAt?: string | null | undefined;
  capacity?: number | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). After selectionAnnouncementAt; null or left out: 14 days after the release. */
  confirmationDeadline?: string | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  consultationBookingDeadline?: string | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  /** SELECTIVE (apply and be selected; when left out) or OPEN (sign up by applicationDeadline, no selection). Changeable only while DRAFT. */
  enrolment?: AcademyEnrolment | null | undefined;
  /** Minutes before each event that its audience is reminded: at most 4 different values, each 5–20160 (14 days); [] for none; 2880 and 60 when left out. */
  eventReminderMinutes?: Array<number> | null | undefined;
  previousEditionId?: string | number | null | undefined;
  /** Events' recorded outcomes are public (also signed out) while the academy is published; false when left out. */
  publicOutcomes?: boolean | null | undefined;
  /** Days (1–60) a promoted reserve has to answer its offer; 7 when left out. */
  reserveResponseDays?: number | null | undefined;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  selectionAnnouncementAt?: string | null | undefined;
  /** OPEN academies: terms of participation a sign-up must accept; null (update) removes them. */
  signUpTerms?: LocalizedTextInput | null | undefined;
  /** Lower-case words joined by hyphens, e.g. `kiertotalous-2025`. */
  slug?: string | null | undefined;
  /** Move along OPEN → SELECTION → RUNNING → ALUMNI. */
  status?: AcademyStatus | null | undefined;
  /** How many people (1–50) a cohort organisation's named team may have; 6 when left out. */
  teamSizeLimit?: number | null | undefined;
  theme?: string | null | undefined;
  /** IANA zone; Europe/Helsinki when left out. */
  timeZone?: string | null | undefined;
  title?: LocalizedTitleInput | null | undefined;
};

/** Only the fields given change. */
export type UpdateAgreedActionInput = {
  /** A calendar date `YYYY-MM-DD` in the academy’s zone; a date that does not exist (2025-02-30) is refused. */
  dueDate?: string | null | undefined;
  id: string | number;
  ownerParticipantId?: string | number | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out stay as they are; null clears a title or window end. */
export type UpdateAppointmentRoundInput = {
  audience?: RoundAudience | null | undefined;
  /** How many active bookings one organisation may hold in the round, 1…10 (default 1). */
  bookingsPerOrganisation?: number | null | undefined;
  /** Booking closes; after opensAt (null: no end). Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  closesAt?: string | null | undefined;
  /** Booking opens (null: open from the start). Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  opensAt?: string | null | undefined;
  roundId: string | number;
  titleEn?: string | null | undefined;
  /** Title in Finnish (optional). */
  titleFi?: string | null | undefined;
  titleSv?: string | null | undefined;
};

/** Fields left out stay as they are; null clears place or link. */
export type UpdateConsultationSlotInput = {
  mode?: SlotMode | null | undefined;
  onlineUrl?: string | null | undefined;
  place?: string | null | undefined;
  slotId: string | number;
};

/** Only the fields given change. */
export type UpdateEventAssignmentInput = {
  assignmentId: string | number;
  /** Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`). */
  dueAt?: string | null | undefined;
  instructions?: LocalizedTextInput | null | undefined;
  title?: LocalizedTitleInput | null | undefined;
};

export type UpdateEventInput = {
  description?: LocalizedTextInput | null | undefined;
  eventId: string | number;
  /** Experts or admins who host the event. */
  hostIds?: Array<string | number> | null | undefined;
  mode?: EventMode | null | undefined;
  onlineUrl?: string | null | undefined;
  place?: string | null | undefined;
  title?: LocalizedTitleInput | null | undefined;
};

/** Only the fields given change; `url: null` removes the link. */
export type UpdateEventMaterialInput = {
  body?: LocalizedTextInput | null | undefined;
  materialId: string | number;
  title?: LocalizedTitleInput | null | undefined;
  url?: string | null | undefined;
};

/** Only the fields given change; `links` replaces every link. */
export type UpdateEventOutcomeInput = {
  body?: LocalizedTextInput | null | undefined;
  links?: Array<string> | null | undefined;
  outcomeId: string | number;
  title?: LocalizedTitleInput | null | undefined;
};

export type UpdateMeInput = {
  /** Language of e-mails and messages. */
  locale?: Locale | null | undefined;
  name?: string | null | undefined;
};

/** Sets some of an academy's retention periods (admins; audited). */
export type UpdateRetentionSettingsInput = {
  academyId: string | number;
  /** At most one entry per kind; kinds not named keep their setting. */
  settings: Array<RetentionSettingInput>;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** A dated progress entry by the action's team (admins for the action plan). With `stage`, the action moves to it in the same transaction and the move is recorded in the stage history. */
export type WriteProgressUpdateInput = {
  body: string;
  /** Moves the stage (forwards or back); the current stage changes nothing. */
  stage?: TrackedActionStage | null | undefined;
  trackedActionId: string | number;
};

export type AcademyListQueryVariables = Exact<{ [key: string]: never; }>;


export type AcademyListQuery = { academies: Array<{ id: string, slug: string, status: AcademyStatus, title: { text: string }, dates: { applicationDeadline: { text: string, timeZone: string } } }> };

export type AcademyPageQueryVariables = Exact<{
  slug: string;
}>;


export type AcademyPageQuery = { academy: { id: string, slug: string, status: AcademyStatus, enrolment: AcademyEnrolment, timeZone: string, title: { text: string }, description: { text: string }, dates: { applicationOpensAt: { text: string }, applicationDeadline: { text: string }, consultationBookingDeadline: { text: string }, selectionAnnouncementAt: { text: string } }, eligibilityCriteria: Array<{ id: string, severity: CriterionSeverity, label: { text: string }, help: { text: string } }>, events: Array<{ id: string, kind: EventKind, mode: EventMode, status: EventStatus, place: string | null, title: { text: string }, description: { text: string }, start: { text: string, instant: string }, end: { text: string } }> } | null };

export type AdminAcademiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAcademiesQuery = { academies: Array<{ id: string, slug: string, status: AcademyStatus, timeZone: string, title: { text: string }, dates: { applicationDeadline: { text: string } } }> };

export type AdminApplicationsQueryVariables = Exact<{
  academyId: string | number;
  status?: ApplicationStatus | null | undefined;
  complete?: boolean | null | undefined;
  eligibility?: EligibilityOutcome | null | undefined;
  organisationType?: OrganisationType | null | undefined;
  limit: number;
  offset: number;
}>;


export type AdminApplicationsQuery = { applications: { total: number, items: Array<{ id: string, status: ApplicationStatus, organisation: { id: string, name: string, businessId: string | null, type: OrganisationType }, completeness: { complete: boolean, missing: Array<string> }, eligibility: Array<{ outcome: EligibilityOutcome }>, deadline: { text: string } }> } };

export type AdminGrantDeadlineExtensionMutationVariables = Exact<{
  input: GrantDeadlineExtensionInput;
}>;


export type AdminGrantDeadlineExtensionMutation = { grantDeadlineExtension: { applicationId: string, until: string } };

export type AdminAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type AdminAcademyQuery = { academy: { id: string, slug: string, theme: string, status: AcademyStatus, timeZone: string, capacity: number, reserveResponseDays: number, teamSizeLimit: number, eventReminderMinutes: Array<number>, publicOutcomes: boolean, enrolment: AcademyEnrolment, signUpTerms: { fi: string, sv: string | null, en: string | null } | null, title: { text: string, fi: string, sv: string | null, en: string | null }, description: { fi: string, sv: string | null, en: string | null }, dates: { applicationOpensAt: { local: string }, applicationDeadline: { local: string }, consultationBookingDeadline: { local: string }, selectionAnnouncementAt: { local: string }, confirmationDeadline: { local: string } | null }, eligibilityCriteria: Array<{ id: string, kind: CriterionKind, severity: CriterionSeverity, parameters: unknown, label: { fi: string, sv: string | null, en: string | null }, help: { fi: string, sv: string | null, en: string | null } }>, events: Array<{ id: string, kind: EventKind, mode: EventMode, status: EventStatus, place: string | null, onlineUrl: string | null, title: { text: string, fi: string, sv: string | null, en: string | null }, start: { text: string, local: string }, end: { text: string, local: string } }> } | null };

export type AdminUpdateAcademyMutationVariables = Exact<{
  input: UpdateAcademyInput;
}>;


export type AdminUpdateAcademyMutation = { updateAcademy: { id: string, slug: string } };

export type AdminPublishAcademyMutationVariables = Exact<{
  input: AcademyIdInput;
}>;


export type AdminPublishAcademyMutation = { publishAcademy: { id: string, status: AcademyStatus } };

export type AdminArchiveAcademyMutationVariables = Exact<{
  input: AcademyIdInput;
}>;


export type AdminArchiveAcademyMutation = { archiveAcademy: { id: string, status: AcademyStatus } };

export type AdminEndProgrammeMutationVariables = Exact<{
  input: EndProgrammeInput;
}>;


export type AdminEndProgrammeMutation = { endProgramme: { id: string, status: AcademyStatus } };

export type AdminCreateAcademyMutationVariables = Exact<{
  input: CreateAcademyInput;
}>;


export type AdminCreateAcademyMutation = { createAcademy: { id: string } };

export type AdminSetEligibilityCriteriaMutationVariables = Exact<{
  input: SetEligibilityCriteriaInput;
}>;


export type AdminSetEligibilityCriteriaMutation = { setEligibilityCriteria: Array<{ id: string }> };

export type AdminPlanMeetingSeriesMutationVariables = Exact<{
  input: PlanMeetingSeriesInput;
}>;


export type AdminPlanMeetingSeriesMutation = { planMeetingSeries: Array<{ id: string }> };

export type AdminProgrammePageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type AdminProgrammePageQuery = { programmePageOf: { academyId: string, slug: string, duration: { startDate: string, endDate: string } | null, budget: { amount: string, currency: string } | null, fundingSources: Array<{ name: { fi: string, sv: string | null, en: string | null }, amount: { amount: string, currency: string } | null }>, partners: Array<{ name: string, url: string | null, role: { fi: string, sv: string | null, en: string | null } }> } };

export type AdminSetProgrammeDurationMutationVariables = Exact<{
  input: SetProgrammeDurationInput;
}>;


export type AdminSetProgrammeDurationMutation = { setProgrammeDuration: { academyId: string } };

export type AdminSetProgrammeBudgetMutationVariables = Exact<{
  input: SetProgrammeBudgetInput;
}>;


export type AdminSetProgrammeBudgetMutation = { setProgrammeBudget: { academyId: string } };

export type AdminSetProgrammePartnersMutationVariables = Exact<{
  input: SetProgrammePartnersInput;
}>;


export type AdminSetProgrammePartnersMutation = { setProgrammePartners: { academyId: string } };

export type AdminRoleHoldersQueryVariables = Exact<{
  role: GlobalRole;
  offset: number;
}>;


export type AdminRoleHoldersQuery = { users: { total: number, items: Array<{ id: string, email: string, name: string | null, roles: Array<GlobalRole> }> } };

export type AdminGrantRoleMutationVariables = Exact<{
  input: RoleChangeInput;
}>;


export type AdminGrantRoleMutation = { grantRole: { id: string, email: string, roles: Array<GlobalRole> } };

export type AdminRevokeRoleMutationVariables = Exact<{
  input: RoleChangeInput;
}>;


export type AdminRevokeRoleMutation = { revokeRole: { id: string, email: string, roles: Array<GlobalRole> } };

export type AdminScheduleEventMutationVariables = Exact<{
  input: ScheduleEventInput;
}>;


export type AdminScheduleEventMutation = { scheduleEvent: { id: string } };

export type AdminUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type AdminUpdateEventMutation = { updateEvent: { id: string } };

export type AdminRescheduleEventMutationVariables = Exact<{
  input: RescheduleEventInput;
}>;


export type AdminRescheduleEventMutation = { rescheduleEvent: { id: string } };

export type AdminCancelEventMutationVariables = Exact<{
  input: CancelEventInput;
}>;


export type AdminCancelEventMutation = { cancelEvent: { id: string } };

export type AdminAcademyRefsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAcademyRefsQuery = { academies: Array<{ id: string, slug: string, status: AcademyStatus, timeZone: string, title: { text: string } }> };

export type AlumniAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type AlumniAcademyQuery = { academy: { id: string, slug: string, status: AcademyStatus, timeZone: string, consultationChangeCutoffHours: number, title: { text: string }, dates: { consultationBookingDeadline: { zoneName: string } }, events: Array<{ id: string, kind: EventKind, audience: EventAudience, status: EventStatus, mode: EventMode, place: string | null, onlineUrl: string | null, title: { text: string }, description: { text: string }, start: { text: string, zoneName: string }, end: { text: string } }> } | null, myAlumniAcademies: Array<{ id: string }> };

export type SubmitApplicationMutationVariables = Exact<{
  input: ApplicationIdInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } } };

export type WithdrawApplicationMutationVariables = Exact<{
  input: ApplicationIdInput;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } } };

export type ApplicationPageQueryVariables = Exact<{
  slug: string;
}>;


export type ApplicationPageQuery = { academy: { id: string, slug: string, status: AcademyStatus, timeZone: string, title: { text: string }, dates: { applicationDeadline: { text: string, instant: string, timeZone: string } }, eligibilityCriteria: Array<{ id: string, kind: CriterionKind, severity: CriterionSeverity, parameters: unknown, label: { text: string }, help: { text: string } }>, answerChoices: { pilotCategories: Array<string>, teamRoles: Array<string>, groundworkProgrammes: Array<string> } } | null, myMemberships: Array<{ id: string, organisation: { id: string, name: string } }>, myApplications: Array<{ academyId: string, organisationId: string, id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } }> };

export type MyApplicationsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsPageQuery = { myApplications: Array<{ id: string, academyId: string, status: ApplicationStatus, submittedAt: string | null, organisation: { id: string, name: string }, deadline: { text: string }, completeness: { complete: boolean } }>, academies: Array<{ id: string, slug: string, title: { text: string } }> };

export type ApplicationEditorFieldsFragment = { id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } };

export type SaveApplicationDraftMutationVariables = Exact<{
  input: SaveApplicationDraftInput;
}>;


export type SaveApplicationDraftMutation = { saveApplicationDraft: { id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } } };

export type ApplicationLatestQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationLatestQuery = { application: { id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } } };

export type ApplicationMineQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationMineQuery = { myApplications: Array<{ academyId: string, organisationId: string, id: string, version: number, status: ApplicationStatus, answers: unknown, submittedAt: string | null, updatedAt: string, deadline: { text: string, instant: string, timeZone: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { submitted: boolean, consultationBooked: boolean, complete: boolean, missing: Array<string> } }> };

export type AcademyAttendanceQueryVariables = Exact<{
  academyId: string | number;
}>;


export type AcademyAttendanceQuery = { academyAttendance: Array<{ eventsRecorded: number, eventsAttended: number, organisation: { id: string, name: string }, participants: Array<{ attended: number, participant: { id: string, name: string } }> }> };

export type AttendanceSheetQueryVariables = Exact<{
  eventId: string | number;
}>;


export type AttendanceSheetQuery = { eventAttendance: { attendedCount: number, event: { id: string, status: EventStatus, title: { text: string }, start: { text: string } }, rows: Array<{ attended: boolean, participant: { id: string, name: string, email: string }, organisation: { id: string, name: string } }> } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { attendedCount: number } };

export type MyAttendanceAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type MyAttendanceAcademyQuery = { academy: { id: string, slug: string, title: { text: string } } | null };

export type MyAttendanceTeamsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type MyAttendanceTeamsQuery = { myCohortTeams: Array<{ organisation: { id: string, name: string } }> };

export type MyAttendanceSummaryQueryVariables = Exact<{
  academyId: string | number;
  organisationId: string | number;
}>;


export type MyAttendanceSummaryQuery = { attendanceSummary: { eventsRecorded: number, eventsAttended: number, organisation: { id: string, name: string }, events: Array<{ attended: number, event: { id: string, title: { text: string }, start: { text: string } } }>, participants: Array<{ attended: number, participant: { id: string, name: string } }> } };

export type SelectionBoardPageQueryVariables = Exact<{
  academyId: string | number;
  rankBy: BoardRanking;
}>;


export type SelectionBoardPageQuery = { selectionBoard: { rows: Array<{ rank: number | null, application: { id: string }, organisation: { name: string, type: OrganisationType, region: string | null }, reviews: Array<{ reviewId: string, status: ReviewStatus, weightedTotal: number | null, reviewer: { name: string | null, email: string } }>, aggregate: { count: number, mean: number | null, median: number | null, stdDev: number | null, accept: number, reserve: number, reject: number }, flags: { noConsultation: boolean, ineligible: boolean, missingReviews: number }, decision: { outcome: SelectionOutcome, reserveRank: number | null } | null }>, balance: { accepted: number, reserve: number, rejected: number, capacity: number, byOrganisationType: Array<{ key: string | null, count: number }>, byRegion: Array<{ key: string | null, count: number }>, byPilotCategory: Array<{ key: string | null, count: number }> } } };

export type CohortPageAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type CohortPageAcademyQuery = { academy: { id: string, title: { text: string } } | null };

export type CohortPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type CohortPageQuery = { cohort: { organisations: Array<{ organisation: { id: string, name: string }, participants: Array<{ id: string, name: string, email: string, role: CohortParticipantRole, teamRole: string | null }> }> } };

export type ConsultationBookingPageQueryVariables = Exact<{
  slug: string;
}>;


export type ConsultationBookingPageQuery = { academy: { id: string, slug: string, timeZone: string, consultationChangeCutoffHours: number, title: { text: string }, dates: { consultationBookingDeadline: { text: string, zoneName: string } } } | null, myApplications: Array<{ id: string, academyId: string, status: ApplicationStatus, organisation: { name: string } }>, myConsultations: Array<{ id: string, applicationId: string, status: BookingStatus, slot: { id: string, startsAt: string, endsAt: string, mode: SlotMode, place: string | null, onlineUrl: string | null }, expert: { name: string | null, email: string | null } }> };

export type ConsultationFreeSlotsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type ConsultationFreeSlotsQuery = { consultationSlots: Array<{ id: string, startsAt: string, endsAt: string, mode: SlotMode, place: string | null, expert: { name: string | null, email: string | null } }> };

export type BookConsultationFromPageMutationVariables = Exact<{
  input: BookConsultationInput;
}>;


export type BookConsultationFromPageMutation = { bookConsultation: { id: string } };

export type RescheduleConsultationFromPageMutationVariables = Exact<{
  input: RescheduleConsultationInput;
}>;


export type RescheduleConsultationFromPageMutation = { rescheduleConsultation: { id: string } };

export type CancelConsultationFromPageMutationVariables = Exact<{
  input: CancelConsultationInput;
}>;


export type CancelConsultationFromPageMutation = { cancelConsultation: { id: string, status: BookingStatus } };

export type ExpertSlotsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertSlotsPageQuery = { academies: Array<{ id: string, slug: string, status: AcademyStatus, timeZone: string, title: { text: string }, dates: { consultationBookingDeadline: { zoneName: string } } }> };

export type ExpertSlotRoundsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type ExpertSlotRoundsQuery = { appointmentRounds: Array<{ id: string, purpose: RoundPurpose, titleFi: string | null, titleSv: string | null, titleEn: string | null }> };

export type MyExpertSlotsQueryVariables = Exact<{
  academyId: string | number;
  expertId: string | number;
  roundId?: string | number | null | undefined;
}>;


export type MyExpertSlotsQuery = { consultationSlots: Array<{ id: string, startsAt: string, endsAt: string, mode: SlotMode, place: string | null, onlineUrl: string | null, booking: { id: string, organisationName: string, notes: string | null, bookedBy: { name: string | null, email: string | null } } | null }> };

export type ConsultationSlotPreviewQueryVariables = Exact<{
  input: PublishConsultationSlotsInput;
}>;


export type ConsultationSlotPreviewQuery = { consultationSlotPreview: Array<{ startsAt: string, endsAt: string, overlapsOwnSlot: boolean }> };

export type PublishConsultationSlotsFromPageMutationVariables = Exact<{
  input: PublishConsultationSlotsInput;
}>;


export type PublishConsultationSlotsFromPageMutation = { publishConsultationSlots: Array<{ id: string, startsAt: string, endsAt: string }> };

export type WithdrawConsultationSlotFromPageMutationVariables = Exact<{
  input: SlotIdInput;
}>;


export type WithdrawConsultationSlotFromPageMutation = { withdrawConsultationSlot: { id: string, status: SlotStatus } };

export type UpdateConsultationSlotFromPageMutationVariables = Exact<{
  input: UpdateConsultationSlotInput;
}>;


export type UpdateConsultationSlotFromPageMutation = { updateConsultationSlot: { id: string, mode: SlotMode, place: string | null, onlineUrl: string | null } };

export type RecordConsultationNotesFromPageMutationVariables = Exact<{
  input: RecordConsultationNotesInput;
}>;


export type RecordConsultationNotesFromPageMutation = { recordConsultationNotes: { id: string, notes: string | null } };

export type AdminDecisionsQueryVariables = Exact<{
  academyId: string | number;
  slug: string;
}>;


export type AdminDecisionsQuery = { applications: { total: number, items: Array<{ id: string, organisation: { id: string, name: string } }> }, academy: { id: string, stagedDecisions: Array<{ applicationId: string, outcome: SelectionOutcome, reserveRank: number | null, note: string | null }>, selectionReadiness: { ready: boolean, submitted: number, accepted: number, reserve: number, rejected: number, capacity: number, problems: Array<{ problem: string, applicationId: string | null, accepted: number | null, capacity: number | null, ranks: Array<number> | null, deadline: { text: string } | null }> }, selectionRelease: { releasedAt: string | null, scheduled: boolean, overdue: boolean, releaseAt: { text: string } } | null } | null };

export type AdminStageDecisionMutationVariables = Exact<{
  input: StageDecisionInput;
}>;


export type AdminStageDecisionMutation = { stageDecision: { applicationId: string, outcome: SelectionOutcome, reserveRank: number | null } };

export type AdminPublishSelectionMutationVariables = Exact<{
  input: PublishSelectionInput;
}>;


export type AdminPublishSelectionMutation = { publishSelection: { releasedAt: string | null, scheduled: boolean } };

export type NextEditionPreviewQueryVariables = Exact<{
  input: NextEditionPreviewInput;
}>;


export type NextEditionPreviewQuery = { nextEditionPreview: { years: number | null, days: number | null, nonexistentCount: number, times: Array<{ kind: string, id: string, label: string, field: string, local: string, leapDayMoved: boolean, from: { text: string }, to: { text: string } | null }> } };

export type CreateNextEditionMutationVariables = Exact<{
  input: CreateNextEditionInput;
}>;


export type CreateNextEditionMutation = { createNextEdition: { id: string, slug: string } };

export type SignUpPageAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type SignUpPageAcademyQuery = { academy: { id: string, slug: string, status: AcademyStatus, enrolment: AcademyEnrolment, title: { text: string }, signUpTerms: { text: string } | null, dates: { applicationOpensAt: { text: string }, applicationDeadline: { text: string } } } | null };

export type SignUpPageOrganisationsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type SignUpPageOrganisationsQuery = { myMemberships: Array<{ role: MembershipRole, organisation: { id: string, name: string, type: OrganisationType } }>, mySignUps: Array<{ id: string, signedUpAt: string, organisation: { id: string, name: string } }> };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { id: string, organisation: { id: string, name: string } } };

export type CohortPilotsPageAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type CohortPilotsPageAcademyQuery = { academy: { id: string, title: { text: string } } | null };

export type CohortPilotsPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type CohortPilotsPageQuery = { cohortPilotSummaries: Array<{ trackedActionId: string, organisationName: string, stage: TrackedActionStage, published: boolean, title: { text: string }, measures: Array<{ key: string, status: MeasureStatus, criterionText: string | null, label: { text: string } }>, metrics: Array<{ name: string, unit: string, baseline: string, target: string, latestValue: string | null, latestMeasuredOn: string | null, progress: number | null }> }>, myCohortTeams: Array<{ organisation: { id: string, name: string } }> };

export type CohortPilotsOwnSharingQueryVariables = Exact<{
  academyId: string | number;
  organisationId: string | number;
}>;


export type CohortPilotsOwnSharingQuery = { pilot: { id: string, sharing: { consent: boolean } } };

export type CohortProgressPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type CohortProgressPageQuery = { cohortProgress: Array<{ trackedActionId: string, organisationId: string, organisationName: string, stage: TrackedActionStage, declaredOnSchedule: boolean, derivedBehind: boolean, onSchedule: boolean, overdueTaskCount: number, lastUpdateAt: string | null, measuresApplied: number, appliedMeasureKeys: Array<string>, title: { text: string } }>, circularMeasures: Array<{ key: string, label: { text: string } }> };

export type FollowUpLinksTeamsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type FollowUpLinksTeamsQuery = { myCohortTeams: Array<{ organisation: { id: string } }> };

export type FollowUpSettingsSectionQueryVariables = Exact<{
  academyId: string | number;
}>;


export type FollowUpSettingsSectionQuery = { followUpSettings: { academyId: string, checkInCadence: CheckInCadence, taskReminderDays: number } };

export type SetFollowUpSettingsSectionMutationVariables = Exact<{
  input: SetFollowUpSettingsInput;
}>;


export type SetFollowUpSettingsSectionMutation = { setFollowUpSettings: { academyId: string, checkInCadence: CheckInCadence, taskReminderDays: number } };

export type PilotMeasureCatalogueQueryVariables = Exact<{
  academyId: string | number;
}>;


export type PilotMeasureCatalogueQuery = { circularMeasures: Array<{ id: string, key: string, takesCriterionText: boolean, label: { text: string } }> };

export type PilotSetMeasureMutationVariables = Exact<{
  input: SetTrackedActionMeasureInput;
}>;


export type PilotSetMeasureMutation = { setTrackedActionMeasure: { id: string } };

export type PilotAddMetricMutationVariables = Exact<{
  input: AddMetricInput;
}>;


export type PilotAddMetricMutation = { addMetric: { id: string } };

export type PilotRecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type PilotRecordMeasurementMutation = { recordMeasurement: { id: string } };

export type PilotSetPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type PilotSetPublishedMutation = { setPilotPublished: { id: string } };

export type PilotWriteUpdateMutationVariables = Exact<{
  input: WriteProgressUpdateInput;
}>;


export type PilotWriteUpdateMutation = { writeProgressUpdate: { id: string, stage: TrackedActionStage } };

export type PilotCommentUpdateMutationVariables = Exact<{
  input: CommentProgressUpdateInput;
}>;


export type PilotCommentUpdateMutation = { commentProgressUpdate: { id: string } };

export type PilotPageAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type PilotPageAcademyQuery = { academy: { id: string, slug: string, status: AcademyStatus, timeZone: string, title: { text: string } } | null };

export type PilotPageTeamsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type PilotPageTeamsQuery = { myCohortTeams: Array<{ organisation: { id: string, name: string }, participants: Array<{ id: string, name: string }> }> };

export type PilotPageQueryVariables = Exact<{
  academyId: string | number;
  organisationId: string | number;
}>;


export type PilotPageQuery = { pilot: { id: string, organisationName: string | null, category: string | null, stage: TrackedActionStage, declaredOnSchedule: boolean, derivedBehind: boolean, onSchedule: boolean, overdueTaskCount: number, canEdit: boolean, title: { text: string }, description: { text: string }, milestones: Array<{ id: string, plannedDate: string, doneAt: string | null, overdue: boolean, title: { text: string } }>, tasks: Array<{ id: string, title: string, dueDate: string, doneAt: string | null, overdue: boolean, owner: { name: string } | null }>, measures: Array<{ status: MeasureStatus, note: string | null, criterionText: string | null, measure: { id: string } }>, metrics: Array<{ id: string, name: string, unit: string, baseline: string, target: string, progress: number | null, latest: { measuredOn: string, value: string } | null, measurements: Array<{ measuredOn: string, value: string }> }>, sharing: { consent: boolean, published: boolean }, updates: Array<{ id: string, body: string, authorName: string | null, writtenAt: string, stageChange: { fromStage: TrackedActionStage, toStage: TrackedActionStage } | null, comments: Array<{ id: string, body: string, authorName: string | null, writtenAt: string }> }> } };

export type PilotSetScheduleMutationVariables = Exact<{
  input: SetDeclaredOnScheduleInput;
}>;


export type PilotSetScheduleMutation = { setDeclaredOnSchedule: { id: string, declaredOnSchedule: boolean } };

export type PilotAddTaskMutationVariables = Exact<{
  input: AddTaskInput;
}>;


export type PilotAddTaskMutation = { addTrackedActionTask: { id: string } };

export type PilotCompleteTaskMutationVariables = Exact<{
  input: TaskIdInput;
}>;


export type PilotCompleteTaskMutation = { completeTrackedActionTask: { id: string } };

export type PublicResultsPageQueryVariables = Exact<{
  slug: string;
}>;


export type PublicResultsPageQuery = { academy: { id: string, title: { text: string } } | null, publicResults: Array<{ organisationName: string, stage: TrackedActionStage, title: { text: string }, measuresApplied: Array<{ key: string, label: { text: string } }>, metrics: Array<{ name: string, unit: string, baseline: string, target: string, latestValue: string | null, latestMeasuredOn: string | null, progress: number | null }>, outcomeReport: { procured: string, criteriaText: string, lessons: string, measuresUsed: Array<{ key: string, label: { text: string } }>, finalMetrics: Array<{ name: string, unit: string, baseline: string, target: string, finalValue: string | null, targetMet: boolean }> } | null }> };

export type DecisionPageQueryVariables = Exact<{
  slug: string;
}>;


export type DecisionPageQuery = { academy: { id: string, slug: string, title: { text: string } } | null, myApplications: Array<{ id: string, academyId: string, status: ApplicationStatus, reservePosition: number | null, organisation: { id: string, name: string }, offer: { id: string, status: OfferStatus, seatNo: number, fromReserve: boolean, respondedAt: string | null, respondBy: { text: string, zoneName: string } } | null }> };

export type ConfirmParticipationFromPageMutationVariables = Exact<{
  input: ConfirmParticipationInput;
}>;


export type ConfirmParticipationFromPageMutation = { confirmParticipation: { id: string, status: OfferStatus } };

export type DeclineParticipationFromPageMutationVariables = Exact<{
  input: DeclineParticipationInput;
}>;


export type DeclineParticipationFromPageMutation = { declineParticipation: { id: string, status: OfferStatus } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string } };

export type OrganisationListPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationListPageQuery = { myMemberships: Array<{ id: string, role: MembershipRole, organisation: { id: string, name: string, businessId: string | null, type: OrganisationType } }> };

export type OrganisationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, businessId: string | null, associationRegisterNumber: string | null, type: OrganisationType, region: string | null, members: Array<{ id: string, role: MembershipRole, user: { id: string, email: string, name: string | null } }> } };

export type OrganisationInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationInvitationsQuery = { organisation: { id: string, invitations: Array<{ id: string, email: string, role: MembershipRole, createdAt: string }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, role: MembershipRole, createdAt: string } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type OutcomeReportAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type OutcomeReportAcademyQuery = { academy: { id: string, title: { text: string } } | null };

export type OutcomeReportPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type OutcomeReportPageQuery = { circularMeasures: Array<{ id: string, key: string, label: { text: string } }>, myOutcomeReports: Array<{ trackedActionId: string, organisationName: string, status: OutcomeReportStatus, dueOn: string | null, canEdit: boolean, procured: string, criteriaText: string, lessons: string, permissionToPublish: boolean, submittedAt: string | null, submittedBy: string | null, pilotTitle: { text: string }, measuresUsed: Array<{ id: string, key: string, label: { text: string } }>, finalMetrics: Array<{ metricId: string, name: string, unit: string, baseline: string, target: string, finalValue: string | null, targetMet: boolean }> }> };

export type OutcomeReportSaveMutationVariables = Exact<{
  input: SaveOutcomeReportInput;
}>;


export type OutcomeReportSaveMutation = { saveOutcomeReport: { trackedActionId: string, status: OutcomeReportStatus } };

export type OutcomeReportSubmitMutationVariables = Exact<{
  input: SaveOutcomeReportInput;
}>;


export type OutcomeReportSubmitMutation = { submitOutcomeReport: { trackedActionId: string, status: OutcomeReportStatus } };

export type OutcomeReportsPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type OutcomeReportsPageQuery = { followUpSettings: { outcomeReportDueOn: string | null }, outcomeReports: Array<{ trackedActionId: string, organisationName: string, status: OutcomeReportStatus, procured: string, criteriaText: string, lessons: string, permissionToPublish: boolean, submittedAt: string | null, submittedBy: string | null, pilotTitle: { text: string }, measuresUsed: Array<{ key: string, label: { text: string } }>, finalMetrics: Array<{ metricId: string, name: string, unit: string, target: string, finalValue: string | null, targetMet: boolean }> }> };

export type OutcomeReportsSetDeadlineMutationVariables = Exact<{
  input: SetOutcomeReportDeadlineInput;
}>;


export type OutcomeReportsSetDeadlineMutation = { setOutcomeReportDeadline: { outcomeReportDueOn: string | null } };

export type AdminFindPersonQueryVariables = Exact<{
  email: string;
}>;


export type AdminFindPersonQuery = { users: { items: Array<{ id: string, email: string, name: string | null, erasedAt: string | null }> } };

export type AdminEraseUserMutationVariables = Exact<{
  input: EraseUserInput;
}>;


export type AdminEraseUserMutation = { eraseUser: { userId: string, pseudonym: string } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteMyAccountInput;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: { userId: string, erasedAt: string } };

export type MyDataPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataPageQuery = { myDataExports: Array<{ id: string, kind: DataExportKind, organisationId: string | null, status: DataExportStatus, createdAt: string, expiresAt: string | null }> };

export type RequestMyDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyDataExportMutation = { requestMyDataExport: { id: string, status: DataExportStatus } };

export type RequestOrganisationDataExportMutationVariables = Exact<{
  input: RequestOrganisationDataExportInput;
}>;


export type RequestOrganisationDataExportMutation = { requestOrganisationDataExport: { id: string, status: DataExportStatus } };

export type RetentionSettingsPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type RetentionSettingsPageQuery = { retentionSettings: Array<{ kind: RetentionKind, scope: RetentionScope, after: RetentionAnchor, defaultMonths: number, months: number, legalMinimumMonths: number, overridden: boolean }> };

export type RetentionRunsPageQueryVariables = Exact<{
  academyId?: string | number | null | undefined;
}>;


export type RetentionRunsPageQuery = { retentionRuns: Array<{ id: string, runDate: string, ranAt: string, counts: Array<{ kind: RetentionKind, count: number }> }> };

export type RetentionSettingsUpdateMutationVariables = Exact<{
  input: UpdateRetentionSettingsInput;
}>;


export type RetentionSettingsUpdateMutation = { updateRetentionSettings: Array<{ kind: RetentionKind, months: number, legalMinimumMonths: number }> };

export type RetentionLegalMinimumSetMutationVariables = Exact<{
  input: SetRetentionLegalMinimumInput;
}>;


export type RetentionLegalMinimumSetMutation = { setRetentionLegalMinimum: Array<{ kind: RetentionKind, months: number, legalMinimumMonths: number }> };

export type CalendarFeedPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedPageQuery = { myCalendarFeed: { url: string, webcalUrl: string } };

export type RotateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedMutation = { rotateCalendarFeed: { url: string, webcalUrl: string } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateMeInput;
}>;


export type UpdateProfileMutation = { updateMe: { id: string, name: string | null, locale: Locale } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type ProgrammePublicPageQueryVariables = Exact<{
  slug: string;
}>;


export type ProgrammePublicPageQuery = { programmePage: { academyId: string, slug: string, timeZone: string, title: { text: string }, description: { text: string }, duration: { startDate: string, endDate: string, text: string } | null, budget: { amount: string, currency: string, text: string } | null, fundingSources: Array<{ name: { text: string }, amount: { text: string } | null }>, partners: Array<{ name: string, url: string | null, role: { text: string } }>, events: Array<{ id: string, mode: EventMode, status: EventStatus, place: string | null, title: { text: string }, start: { text: string, instant: string }, end: { text: string } }>, outcomes: Array<{ id: string, eventId: string, links: Array<string>, eventTitle: { text: string }, title: { text: string }, body: { text: string } }> } | null };

export type RegistrationPanelQueryVariables = Exact<{
  eventId: string | number;
}>;


export type RegistrationPanelQuery = { eventRegistration: { eventId: string, capacity: number, isOpen: boolean, registeredCount: number, waitlistedCount: number, seatsLeft: number, inAudience: boolean, event: { id: string, status: EventStatus }, closesAt: { text: string, zoneName: string }, myRegistration: { id: string, status: RegistrationStatus, seatNo: number | null, waitlistPosition: number | null } | null } | null };

export type RegisterForEventFromPanelMutationVariables = Exact<{
  input: EventRegistrationInput;
}>;


export type RegisterForEventFromPanelMutation = { registerForEvent: { eventId: string } };

export type CancelEventRegistrationFromPanelMutationVariables = Exact<{
  input: EventRegistrationInput;
}>;


export type CancelEventRegistrationFromPanelMutation = { cancelEventRegistration: { eventId: string } };

export type RegistrationPageQueryVariables = Exact<{
  eventId: string | number;
}>;


export type RegistrationPageQuery = { eventRegistration: { eventId: string, event: { id: string, place: string | null, title: { text: string }, start: { text: string, zoneName: string } } } | null };

export type ReviewAssignmentsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewAssignmentsPageQuery = { myReviewAssignments: Array<{ id: string, academyId: string, status: ReviewStatus, application: { id: string, organisation: { id: string, name: string } } }>, myConflictsOfInterest: Array<{ organisationId: string, organisationName: string, reason: string | null }>, academies: Array<{ id: string, title: { text: string } }> };

export type DeclareConflictOfInterestMutationVariables = Exact<{
  input: DeclareConflictOfInterestInput;
}>;


export type DeclareConflictOfInterestMutation = { declareConflictOfInterest: { organisationId: string } };

export type ReviewPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewPageQuery = { application: { id: string, academyId: string, status: ApplicationStatus, organisation: { id: string, name: string }, eligibility: Array<{ criterionId: string, outcome: EligibilityOutcome, explanation: string }>, completeness: { complete: boolean, missing: Array<string> }, consultation: { id: string, notes: string | null, slot: { startsAt: string } } | null, reviews: Array<{ id: string, status: ReviewStatus, recommendation: ReviewRecommendation | null, comment: string | null, weightedTotal: number | null, reviewer: { id: string, name: string | null, email: string }, scores: Array<{ criterionId: string, score: number | null }> }> }, me: { id: string }, academies: Array<{ id: string, title: { text: string }, reviewRubric: Array<{ id: string, position: number, weight: number, scaleMin: number, scaleMax: number, allowsNotApplicable: boolean, label: { text: string }, guidance: { text: string } }> }> };

export type SaveReviewMutationVariables = Exact<{
  input: SaveReviewInput;
}>;


export type SaveReviewMutation = { saveReview: { id: string, status: ReviewStatus } };

export type SubmitReviewMutationVariables = Exact<{
  input: ReviewApplicationInput;
}>;


export type SubmitReviewMutation = { submitReview: { id: string, status: ReviewStatus } };

export type ReviewersAssignmentsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type ReviewersAssignmentsQuery = { reviewerLoads: Array<{ assigned: number, submitted: number, reviewer: { id: string, name: string | null, email: string } }>, users: { items: Array<{ id: string, name: string | null, email: string }> }, applications: { total: number, items: Array<{ id: string, organisation: { name: string }, reviews: Array<{ id: string, status: ReviewStatus, reviewer: { id: string, name: string | null, email: string } }> }> } };

export type ReviewersAssignBulkMutationVariables = Exact<{
  input: AssignReviewersInput;
}>;


export type ReviewersAssignBulkMutation = { assignReviewers: { unfilledApplicationIds: Array<string>, created: Array<{ id: string }> } };

export type ReviewersAssignOneMutationVariables = Exact<{
  input: AssignReviewerInput;
}>;


export type ReviewersAssignOneMutation = { assignReviewer: { id: string } };

export type ReviewersUnassignOneMutationVariables = Exact<{
  input: AssignReviewerInput;
}>;


export type ReviewersUnassignOneMutation = { unassignReviewer: boolean };

export type ReviewersRubricQueryVariables = Exact<{
  slug: string;
}>;


export type ReviewersRubricQuery = { academy: { id: string, reviewRubric: Array<{ id: string, position: number, weight: number, scaleMin: number, scaleMax: number, allowsNotApplicable: boolean, label: { fi: string, sv: string | null, en: string | null, text: string }, guidance: { fi: string, sv: string | null, en: string | null, text: string } }> } | null };

export type ReviewersSetRubricMutationVariables = Exact<{
  input: SetReviewRubricInput;
}>;


export type ReviewersSetRubricMutation = { setReviewRubric: Array<{ id: string }> };

export type AdminRoundsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type AdminRoundsQuery = { appointmentRounds: Array<{ id: string, purpose: RoundPurpose, audience: RoundAudience, bookingsPerOrganisation: number, isOpen: boolean, titleFi: string | null, titleSv: string | null, titleEn: string | null, opensAt: { local: string, text: string, zoneName: string } | null, closesAt: { local: string, text: string, zoneName: string } | null }> };

export type AdminOpenAppointmentRoundMutationVariables = Exact<{
  input: OpenAppointmentRoundInput;
}>;


export type AdminOpenAppointmentRoundMutation = { openAppointmentRound: { id: string } };

export type AdminUpdateAppointmentRoundMutationVariables = Exact<{
  input: UpdateAppointmentRoundInput;
}>;


export type AdminUpdateAppointmentRoundMutation = { updateAppointmentRound: { id: string } };

export type SparringAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type SparringAcademyQuery = { academy: { id: string, slug: string, timeZone: string, consultationChangeCutoffHours: number, title: { text: string }, dates: { consultationBookingDeadline: { zoneName: string } } } | null };

export type SparringTeamsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type SparringTeamsQuery = { myCohortTeams: Array<{ organisation: { id: string, name: string } }> };

export type SparringRoundsQueryVariables = Exact<{
  academyId: string | number;
  organisationId: string | number;
}>;


export type SparringRoundsQuery = { appointmentRounds: Array<{ id: string, purpose: RoundPurpose, isOpen: boolean, bookingsPerOrganisation: number, titleFi: string | null, titleSv: string | null, titleEn: string | null, opensAt: { text: string } | null, closesAt: { text: string } | null, slots: Array<{ id: string, startsAt: string, endsAt: string, mode: SlotMode, place: string | null, expert: { name: string | null, email: string | null } }>, bookings: Array<{ id: string, status: BookingStatus, slot: { id: string, startsAt: string, endsAt: string, mode: SlotMode, place: string | null, onlineUrl: string | null }, expert: { name: string | null, email: string | null } }> }> };

export type BookSparringMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookSparringMutation = { bookAppointment: { id: string } };

export type RescheduleSparringMutationVariables = Exact<{
  input: RescheduleConsultationInput;
}>;


export type RescheduleSparringMutation = { rescheduleConsultation: { id: string } };

export type CancelSparringMutationVariables = Exact<{
  input: CancelConsultationInput;
}>;


export type CancelSparringMutation = { cancelConsultation: { id: string, status: BookingStatus } };

export type SignInLinkQueryVariables = Exact<{
  token: string;
}>;


export type SignInLinkQuery = { signInLink: { status: SignInLinkStatus, email: string | null, maskedEmail: string | null } };

export type RequestSignInMutationVariables = Exact<{
  input: RequestSignInInput;
}>;


export type RequestSignInMutation = { requestSignIn: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, user: { id: string, email: string } } };

export type AgreedActionsAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type AgreedActionsAcademyQuery = { academy: { id: string, timeZone: string, title: { text: string } } | null };

export type AgreedActionsTeamsQueryVariables = Exact<{
  academyId: string | number;
}>;


export type AgreedActionsTeamsQuery = { myCohortTeams: Array<{ organisation: { id: string, name: string } }> };

export type OrganisationAgreedActionsQueryVariables = Exact<{
  academyId: string | number;
  organisationId: string | number;
}>;


export type OrganisationAgreedActionsQuery = { agreedActions: Array<{ id: string, title: string, dueDate: string, bookingId: string, sessionStartsAt: string, owner: { participantId: string, name: string, hasLeft: boolean } }> };

export type SaveAppointmentSummaryMutationVariables = Exact<{
  input: SaveAppointmentSummaryInput;
}>;


export type SaveAppointmentSummaryMutation = { saveAppointmentSummary: { bookingId: string } };

export type AddAgreedActionMutationVariables = Exact<{
  input: AddAgreedActionInput;
}>;


export type AddAgreedActionMutation = { addAgreedAction: { id: string, title: string } };

export type UpdateAgreedActionMutationVariables = Exact<{
  input: UpdateAgreedActionInput;
}>;


export type UpdateAgreedActionMutation = { updateAgreedAction: { id: string, title: string } };

export type RemoveAgreedActionMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAgreedActionMutation = { removeAgreedAction: { id: string, title: string } };

export type SparringOutcomeQueryVariables = Exact<{
  bookingId: string | number;
}>;


export type SparringOutcomeQuery = { appointmentOutcome: { bookingId: string, academyId: string, organisationId: string, organisationName: string, sessionStartsAt: string, timeZone: string, sessionHeld: boolean, canEdit: boolean, summary: { summary: string, updatedAt: string } | null, agreedActions: Array<{ id: string, title: string, dueDate: string, owner: { participantId: string, name: string, hasLeft: boolean } }>, team: Array<{ participantId: string, name: string }> } };

export type TeamPageAcademyQueryVariables = Exact<{
  slug: string;
}>;


export type TeamPageAcademyQuery = { academy: { id: string, title: { text: string } } | null };

export type TeamPageQueryVariables = Exact<{
  academyId: string | number;
}>;


export type TeamPageQuery = { myCohortTeams: Array<{ limit: number, canManage: boolean, organisation: { id: string, name: string }, participants: Array<{ id: string, name: string, email: string, role: CohortParticipantRole, teamRole: string | null, hasAccount: boolean }> }> };

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;


export type AddTeamMemberMutation = { addTeamMember: { id: string, email: string } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: TeamParticipantInput;
}>;


export type RemoveTeamMemberMutation = { removeTeamMember: { id: string } };

export type SetTeamResponsiblePersonMutationVariables = Exact<{
  input: TeamParticipantInput;
}>;


export type SetTeamResponsiblePersonMutation = { setTeamResponsiblePerson: Array<{ id: string }> };

export type WorkshopEventAddOutcomeMutationVariables = Exact<{
  input: AddEventOutcomeInput;
}>;


export type WorkshopEventAddOutcomeMutation = { addEventOutcome: { canEdit: boolean } };

export type WorkshopEventUpdateOutcomeMutationVariables = Exact<{
  input: UpdateEventOutcomeInput;
}>;


export type WorkshopEventUpdateOutcomeMutation = { updateEventOutcome: { canEdit: boolean } };

export type WorkshopEventRemoveOutcomeMutationVariables = Exact<{
  input: RemoveEventOutcomeInput;
}>;


export type WorkshopEventRemoveOutcomeMutation = { removeEventOutcome: { canEdit: boolean } };

export type WorkshopEventPageQueryVariables = Exact<{
  eventId: string | number;
}>;


export type WorkshopEventPageQuery = { workshopEvent: { academySlug: string, inAudience: boolean, canEdit: boolean, event: { id: string, academyId: string, title: { text: string }, description: { text: string }, start: { text: string, zoneName: string } }, materials: Array<{ id: string, url: string | null, title: { text: string, fi: string, sv: string | null, en: string | null }, body: { text: string, fi: string, sv: string | null, en: string | null } }> | null, assignments: Array<{ id: string, title: { text: string, fi: string, sv: string | null, en: string | null }, instructions: { text: string, fi: string, sv: string | null, en: string | null }, due: { text: string, zoneName: string, local: string }, completions: Array<{ organisationId: string, organisationName: string, done: boolean, doneByName: string | null, answer: string | null, link: string | null }> }> | null, outcomes: Array<{ id: string, links: Array<string>, title: { text: string, fi: string, sv: string | null, en: string | null }, body: { text: string, fi: string, sv: string | null, en: string | null } }> | null } };

export type WorkshopEventMarkDoneMutationVariables = Exact<{
  input: MarkAssignmentDoneInput;
}>;


export type WorkshopEventMarkDoneMutation = { markAssignmentDone: { canEdit: boolean } };

export type WorkshopEventUnmarkDoneMutationVariables = Exact<{
  input: UnmarkAssignmentDoneInput;
}>;


export type WorkshopEventUnmarkDoneMutation = { unmarkAssignmentDone: { canEdit: boolean } };

export type WorkshopEventAddMaterialMutationVariables = Exact<{
  input: AddEventMaterialInput;
}>;


export type WorkshopEventAddMaterialMutation = { addEventMaterial: { canEdit: boolean } };

export type WorkshopEventUpdateMaterialMutationVariables = Exact<{
  input: UpdateEventMaterialInput;
}>;


export type WorkshopEventUpdateMaterialMutation = { updateEventMaterial: { canEdit: boolean } };

export type WorkshopEventRemoveMaterialMutationVariables = Exact<{
  input: RemoveEventMaterialInput;
}>;


export type WorkshopEventRemoveMaterialMutation = { removeEventMaterial: { canEdit: boolean } };

export type WorkshopEventAddAssignmentMutationVariables = Exact<{
  input: AddEventAssignmentInput;
}>;


export type WorkshopEventAddAssignmentMutation = { addEventAssignment: { canEdit: boolean } };

export type WorkshopEventUpdateAssignmentMutationVariables = Exact<{
  input: UpdateEventAssignmentInput;
}>;


export type WorkshopEventUpdateAssignmentMutation = { updateEventAssignment: { canEdit: boolean } };

export type WorkshopEventRemoveAssignmentMutationVariables = Exact<{
  input: RemoveEventAssignmentInput;
}>;


export type WorkshopEventRemoveAssignmentMutation = { removeEventAssignment: { canEdit: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string | null, locale: Locale, roles: Array<GlobalRole> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type UpdateMyLanguageMutationVariables = Exact<{
  input: UpdateMeInput;
}>;


export type UpdateMyLanguageMutation = { updateMe: { id: string, locale: Locale } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApplicationEditorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}
    `, {"fragmentName":"ApplicationEditorFields"}) as unknown as TypedDocumentString<ApplicationEditorFieldsFragment, unknown>;
export const AcademyListDocument = new TypedDocumentString(`
    query AcademyList {
  academies {
    id
    slug
    status
    title {
      text
    }
    dates {
      applicationDeadline {
        text
        timeZone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcademyListQuery, AcademyListQueryVariables>;
export const AcademyPageDocument = new TypedDocumentString(`
    query AcademyPage($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    status
    enrolment
    timeZone
    title {
      text
    }
    description {
      text
    }
    dates {
      applicationOpensAt {
        text
      }
      applicationDeadline {
        text
      }
      consultationBookingDeadline {
        text
      }
      selectionAnnouncementAt {
        text
      }
    }
    eligibilityCriteria {
      id
      severity
      label {
        text
      }
      help {
        text
      }
    }
    events {
      id
      kind
      mode
      status
      place
      title {
        text
      }
      description {
        text
      }
      start {
        text
        instant
      }
      end {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcademyPageQuery, AcademyPageQueryVariables>;
export const AdminAcademiesDocument = new TypedDocumentString(`
    query AdminAcademies {
  academies {
    id
    slug
    status
    timeZone
    title {
      text
    }
    dates {
      applicationDeadline {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAcademiesQuery, AdminAcademiesQueryVariables>;
export const AdminApplicationsDocument = new TypedDocumentString(`
    query AdminApplications($academyId: ID!, $status: ApplicationStatus, $complete: Boolean, $eligibility: EligibilityOutcome, $organisationType: OrganisationType, $limit: Int!, $offset: Int!) {
  applications(
    academyId: $academyId
    status: $status
    complete: $complete
    eligibility: $eligibility
    organisationType: $organisationType
    limit: $limit
    offset: $offset
  ) {
    total
    items {
      id
      status
      organisation {
        id
        name
        businessId
        type
      }
      completeness {
        complete
        missing
      }
      eligibility {
        outcome
      }
      deadline {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminApplicationsQuery, AdminApplicationsQueryVariables>;
export const AdminGrantDeadlineExtensionDocument = new TypedDocumentString(`
    mutation AdminGrantDeadlineExtension($input: GrantDeadlineExtensionInput!) {
  grantDeadlineExtension(input: $input) {
    applicationId
    until
  }
}
    `) as unknown as TypedDocumentString<AdminGrantDeadlineExtensionMutation, AdminGrantDeadlineExtensionMutationVariables>;
export const AdminAcademyDocument = new TypedDocumentString(`
    query AdminAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    theme
    status
    timeZone
    capacity
    reserveResponseDays
    teamSizeLimit
    eventReminderMinutes
    publicOutcomes
    enrolment
    signUpTerms {
      fi
      sv
      en
    }
    title {
      text
      fi
      sv
      en
    }
    description {
      fi
      sv
      en
    }
    dates {
      applicationOpensAt {
        local
      }
      applicationDeadline {
        local
      }
      consultationBookingDeadline {
        local
      }
      selectionAnnouncementAt {
        local
      }
      confirmationDeadline {
        local
      }
    }
    eligibilityCriteria {
      id
      kind
      severity
      parameters
      label {
        fi
        sv
        en
      }
      help {
        fi
        sv
        en
      }
    }
    events {
      id
      kind
      mode
      status
      place
      onlineUrl
      title {
        text
        fi
        sv
        en
      }
      start {
        text
        local
      }
      end {
        text
        local
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAcademyQuery, AdminAcademyQueryVariables>;
export const AdminUpdateAcademyDocument = new TypedDocumentString(`
    mutation AdminUpdateAcademy($input: UpdateAcademyInput!) {
  updateAcademy(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateAcademyMutation, AdminUpdateAcademyMutationVariables>;
export const AdminPublishAcademyDocument = new TypedDocumentString(`
    mutation AdminPublishAcademy($input: AcademyIdInput!) {
  publishAcademy(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminPublishAcademyMutation, AdminPublishAcademyMutationVariables>;
export const AdminArchiveAcademyDocument = new TypedDocumentString(`
    mutation AdminArchiveAcademy($input: AcademyIdInput!) {
  archiveAcademy(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminArchiveAcademyMutation, AdminArchiveAcademyMutationVariables>;
export const AdminEndProgrammeDocument = new TypedDocumentString(`
    mutation AdminEndProgramme($input: EndProgrammeInput!) {
  endProgramme(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminEndProgrammeMutation, AdminEndProgrammeMutationVariables>;
export const AdminCreateAcademyDocument = new TypedDocumentString(`
    mutation AdminCreateAcademy($input: CreateAcademyInput!) {
  createAcademy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateAcademyMutation, AdminCreateAcademyMutationVariables>;
export const AdminSetEligibilityCriteriaDocument = new TypedDocumentString(`
    mutation AdminSetEligibilityCriteria($input: SetEligibilityCriteriaInput!) {
  setEligibilityCriteria(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminSetEligibilityCriteriaMutation, AdminSetEligibilityCriteriaMutationVariables>;
export const AdminPlanMeetingSeriesDocument = new TypedDocumentString(`
    mutation AdminPlanMeetingSeries($input: PlanMeetingSeriesInput!) {
  planMeetingSeries(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminPlanMeetingSeriesMutation, AdminPlanMeetingSeriesMutationVariables>;
export const AdminProgrammePageDocument = new TypedDocumentString(`
    query AdminProgrammePage($academyId: ID!) {
  programmePageOf(academyId: $academyId) {
    academyId
    slug
    duration {
      startDate
      endDate
    }
    budget {
      amount
      currency
    }
    fundingSources {
      name {
        fi
        sv
        en
      }
      amount {
        amount
        currency
      }
    }
    partners {
      name
      url
      role {
        fi
        sv
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminProgrammePageQuery, AdminProgrammePageQueryVariables>;
export const AdminSetProgrammeDurationDocument = new TypedDocumentString(`
    mutation AdminSetProgrammeDuration($input: SetProgrammeDurationInput!) {
  setProgrammeDuration(input: $input) {
    academyId
  }
}
    `) as unknown as TypedDocumentString<AdminSetProgrammeDurationMutation, AdminSetProgrammeDurationMutationVariables>;
export const AdminSetProgrammeBudgetDocument = new TypedDocumentString(`
    mutation AdminSetProgrammeBudget($input: SetProgrammeBudgetInput!) {
  setProgrammeBudget(input: $input) {
    academyId
  }
}
    `) as unknown as TypedDocumentString<AdminSetProgrammeBudgetMutation, AdminSetProgrammeBudgetMutationVariables>;
export const AdminSetProgrammePartnersDocument = new TypedDocumentString(`
    mutation AdminSetProgrammePartners($input: SetProgrammePartnersInput!) {
  setProgrammePartners(input: $input) {
    academyId
  }
}
    `) as unknown as TypedDocumentString<AdminSetProgrammePartnersMutation, AdminSetProgrammePartnersMutationVariables>;
export const AdminRoleHoldersDocument = new TypedDocumentString(`
    query AdminRoleHolders($role: GlobalRole!, $offset: Int!) {
  users(role: $role, limit: 100, offset: $offset) {
    total
    items {
      id
      email
      name
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRoleHoldersQuery, AdminRoleHoldersQueryVariables>;
export const AdminGrantRoleDocument = new TypedDocumentString(`
    mutation AdminGrantRole($input: RoleChangeInput!) {
  grantRole(input: $input) {
    id
    email
    roles
  }
}
    `) as unknown as TypedDocumentString<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminRevokeRoleDocument = new TypedDocumentString(`
    mutation AdminRevokeRole($input: RoleChangeInput!) {
  revokeRole(input: $input) {
    id
    email
    roles
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminScheduleEventDocument = new TypedDocumentString(`
    mutation AdminScheduleEvent($input: ScheduleEventInput!) {
  scheduleEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminScheduleEventMutation, AdminScheduleEventMutationVariables>;
export const AdminUpdateEventDocument = new TypedDocumentString(`
    mutation AdminUpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateEventMutation, AdminUpdateEventMutationVariables>;
export const AdminRescheduleEventDocument = new TypedDocumentString(`
    mutation AdminRescheduleEvent($input: RescheduleEventInput!) {
  rescheduleEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRescheduleEventMutation, AdminRescheduleEventMutationVariables>;
export const AdminCancelEventDocument = new TypedDocumentString(`
    mutation AdminCancelEvent($input: CancelEventInput!) {
  cancelEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCancelEventMutation, AdminCancelEventMutationVariables>;
export const AdminAcademyRefsDocument = new TypedDocumentString(`
    query AdminAcademyRefs {
  academies {
    id
    slug
    status
    timeZone
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAcademyRefsQuery, AdminAcademyRefsQueryVariables>;
export const AlumniAcademyDocument = new TypedDocumentString(`
    query AlumniAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    status
    timeZone
    consultationChangeCutoffHours
    title {
      text
    }
    dates {
      consultationBookingDeadline {
        zoneName
      }
    }
    events {
      id
      kind
      audience
      status
      mode
      place
      onlineUrl
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
      end {
        text
      }
    }
  }
  myAlumniAcademies {
    id
  }
}
    `) as unknown as TypedDocumentString<AlumniAcademyQuery, AlumniAcademyQueryVariables>;
export const SubmitApplicationDocument = new TypedDocumentString(`
    mutation SubmitApplication($input: ApplicationIdInput!) {
  submitApplication(input: $input) {
    ...ApplicationEditorFields
  }
}
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}`) as unknown as TypedDocumentString<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WithdrawApplicationDocument = new TypedDocumentString(`
    mutation WithdrawApplication($input: ApplicationIdInput!) {
  withdrawApplication(input: $input) {
    ...ApplicationEditorFields
  }
}
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}`) as unknown as TypedDocumentString<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const ApplicationPageDocument = new TypedDocumentString(`
    query ApplicationPage($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    status
    timeZone
    title {
      text
    }
    dates {
      applicationDeadline {
        text
        instant
        timeZone
      }
    }
    eligibilityCriteria {
      id
      kind
      severity
      parameters
      label {
        text
      }
      help {
        text
      }
    }
    answerChoices {
      pilotCategories
      teamRoles
      groundworkProgrammes
    }
  }
  myMemberships {
    id
    organisation {
      id
      name
    }
  }
  myApplications {
    ...ApplicationEditorFields
    academyId
    organisationId
  }
}
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}`) as unknown as TypedDocumentString<ApplicationPageQuery, ApplicationPageQueryVariables>;
export const MyApplicationsPageDocument = new TypedDocumentString(`
    query MyApplicationsPage {
  myApplications {
    id
    academyId
    status
    submittedAt
    organisation {
      id
      name
    }
    deadline {
      text
    }
    completeness {
      complete
    }
  }
  academies {
    id
    slug
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<MyApplicationsPageQuery, MyApplicationsPageQueryVariables>;
export const SaveApplicationDraftDocument = new TypedDocumentString(`
    mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
  saveApplicationDraft(input: $input) {
    ...ApplicationEditorFields
  }
}
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}`) as unknown as TypedDocumentString<SaveApplicationDraftMutation, SaveApplicationDraftMutationVariables>;
export const ApplicationLatestDocument = new TypedDocumentString(`
    query ApplicationLatest($id: ID!) {
  application(id: $id) {
    ...ApplicationEditorFields
  }
}
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}`) as unknown as TypedDocumentString<ApplicationLatestQuery, ApplicationLatestQueryVariables>;
export const ApplicationMineDocument = new TypedDocumentString(`
    query ApplicationMine {
  myApplications {
    ...ApplicationEditorFields
    academyId
    organisationId
  }
}
    fragment ApplicationEditorFields on Application {
  id
  version
  status
  answers
  submittedAt
  updatedAt
  deadline {
    text
    instant
    timeZone
  }
  eligibility {
    criterionId
    outcome
    explanation
  }
  completeness {
    submitted
    consultationBooked
    complete
    missing
  }
}`) as unknown as TypedDocumentString<ApplicationMineQuery, ApplicationMineQueryVariables>;
export const AcademyAttendanceDocument = new TypedDocumentString(`
    query AcademyAttendance($academyId: ID!) {
  academyAttendance(academyId: $academyId) {
    eventsRecorded
    eventsAttended
    organisation {
      id
      name
    }
    participants {
      attended
      participant {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcademyAttendanceQuery, AcademyAttendanceQueryVariables>;
export const AttendanceSheetDocument = new TypedDocumentString(`
    query AttendanceSheet($eventId: ID!) {
  eventAttendance(eventId: $eventId) {
    attendedCount
    event {
      id
      status
      title {
        text
      }
      start {
        text
      }
    }
    rows {
      attended
      participant {
        id
        name
        email
      }
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceSheetQuery, AttendanceSheetQueryVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    attendedCount
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const MyAttendanceAcademyDocument = new TypedDocumentString(`
    query MyAttendanceAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<MyAttendanceAcademyQuery, MyAttendanceAcademyQueryVariables>;
export const MyAttendanceTeamsDocument = new TypedDocumentString(`
    query MyAttendanceTeams($academyId: ID!) {
  myCohortTeams(academyId: $academyId) {
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyAttendanceTeamsQuery, MyAttendanceTeamsQueryVariables>;
export const MyAttendanceSummaryDocument = new TypedDocumentString(`
    query MyAttendanceSummary($academyId: ID!, $organisationId: ID!) {
  attendanceSummary(academyId: $academyId, organisationId: $organisationId) {
    eventsRecorded
    eventsAttended
    organisation {
      id
      name
    }
    events {
      attended
      event {
        id
        title {
          text
        }
        start {
          text
        }
      }
    }
    participants {
      attended
      participant {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAttendanceSummaryQuery, MyAttendanceSummaryQueryVariables>;
export const SelectionBoardPageDocument = new TypedDocumentString(`
    query SelectionBoardPage($academyId: ID!, $rankBy: BoardRanking!) {
  selectionBoard(academyId: $academyId, rankBy: $rankBy) {
    rows {
      rank
      application {
        id
      }
      organisation {
        name
        type
        region
      }
      reviews {
        reviewId
        reviewer {
          name
          email
        }
        status
        weightedTotal
      }
      aggregate {
        count
        mean
        median
        stdDev
        accept
        reserve
        reject
      }
      flags {
        noConsultation
        ineligible
        missingReviews
      }
      decision {
        outcome
        reserveRank
      }
    }
    balance {
      accepted
      reserve
      rejected
      capacity
      byOrganisationType {
        key
        count
      }
      byRegion {
        key
        count
      }
      byPilotCategory {
        key
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelectionBoardPageQuery, SelectionBoardPageQueryVariables>;
export const CohortPageAcademyDocument = new TypedDocumentString(`
    query CohortPageAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CohortPageAcademyQuery, CohortPageAcademyQueryVariables>;
export const CohortPageDocument = new TypedDocumentString(`
    query CohortPage($academyId: ID!) {
  cohort(academyId: $academyId) {
    organisations {
      organisation {
        id
        name
      }
      participants {
        id
        name
        email
        role
        teamRole
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CohortPageQuery, CohortPageQueryVariables>;
export const ConsultationBookingPageDocument = new TypedDocumentString(`
    query ConsultationBookingPage($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    timeZone
    consultationChangeCutoffHours
    title {
      text
    }
    dates {
      consultationBookingDeadline {
        text
        zoneName
      }
    }
  }
  myApplications {
    id
    academyId
    status
    organisation {
      name
    }
  }
  myConsultations {
    id
    applicationId
    status
    slot {
      id
      startsAt
      endsAt
      mode
      place
      onlineUrl
    }
    expert {
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationBookingPageQuery, ConsultationBookingPageQueryVariables>;
export const ConsultationFreeSlotsDocument = new TypedDocumentString(`
    query ConsultationFreeSlots($academyId: ID!) {
  consultationSlots(academyId: $academyId) {
    id
    startsAt
    endsAt
    mode
    place
    expert {
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationFreeSlotsQuery, ConsultationFreeSlotsQueryVariables>;
export const BookConsultationFromPageDocument = new TypedDocumentString(`
    mutation BookConsultationFromPage($input: BookConsultationInput!) {
  bookConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookConsultationFromPageMutation, BookConsultationFromPageMutationVariables>;
export const RescheduleConsultationFromPageDocument = new TypedDocumentString(`
    mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {
  rescheduleConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RescheduleConsultationFromPageMutation, RescheduleConsultationFromPageMutationVariables>;
export const CancelConsultationFromPageDocument = new TypedDocumentString(`
    mutation CancelConsultationFromPage($input: CancelConsultationInput!) {
  cancelConsultation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelConsultationFromPageMutation, CancelConsultationFromPageMutationVariables>;
export const ExpertSlotsPageDocument = new TypedDocumentString(`
    query ExpertSlotsPage {
  academies {
    id
    slug
    status
    timeZone
    title {
      text
    }
    dates {
      consultationBookingDeadline {
        zoneName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpertSlotsPageQuery, ExpertSlotsPageQueryVariables>;
export const ExpertSlotRoundsDocument = new TypedDocumentString(`
    query ExpertSlotRounds($academyId: ID!) {
  appointmentRounds(academyId: $academyId) {
    id
    purpose
    titleFi
    titleSv
    titleEn
  }
}
    `) as unknown as TypedDocumentString<ExpertSlotRoundsQuery, ExpertSlotRoundsQueryVariables>;
export const MyExpertSlotsDocument = new TypedDocumentString(`
    query MyExpertSlots($academyId: ID!, $expertId: ID!, $roundId: ID) {
  consultationSlots(academyId: $academyId, expertId: $expertId, roundId: $roundId) {
    id
    startsAt
    endsAt
    mode
    place
    onlineUrl
    booking {
      id
      organisationName
      notes
      bookedBy {
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyExpertSlotsQuery, MyExpertSlotsQueryVariables>;
export const ConsultationSlotPreviewDocument = new TypedDocumentString(`
    query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {
  consultationSlotPreview(input: $input) {
    startsAt
    endsAt
    overlapsOwnSlot
  }
}
    `) as unknown as TypedDocumentString<ConsultationSlotPreviewQuery, ConsultationSlotPreviewQueryVariables>;
export const PublishConsultationSlotsFromPageDocument = new TypedDocumentString(`
    mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {
  publishConsultationSlots(input: $input) {
    id
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<PublishConsultationSlotsFromPageMutation, PublishConsultationSlotsFromPageMutationVariables>;
export const WithdrawConsultationSlotFromPageDocument = new TypedDocumentString(`
    mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {
  withdrawConsultationSlot(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawConsultationSlotFromPageMutation, WithdrawConsultationSlotFromPageMutationVariables>;
export const UpdateConsultationSlotFromPageDocument = new TypedDocumentString(`
    mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {
  updateConsultationSlot(input: $input) {
    id
    mode
    place
    onlineUrl
  }
}
    `) as unknown as TypedDocumentString<UpdateConsultationSlotFromPageMutation, UpdateConsultationSlotFromPageMutationVariables>;
export const RecordConsultationNotesFromPageDocument = new TypedDocumentString(`
    mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {
  recordConsultationNotes(input: $input) {
    id
    notes
  }
}
    `) as unknown as TypedDocumentString<RecordConsultationNotesFromPageMutation, RecordConsultationNotesFromPageMutationVariables>;
export const AdminDecisionsDocument = new TypedDocumentString(`
    query AdminDecisions($academyId: ID!, $slug: String!) {
  applications(academyId: $academyId, status: SUBMITTED, limit: 100, offset: 0) {
    total
    items {
      id
      organisation {
        id
        name
      }
    }
  }
  academy(slug: $slug) {
    id
    stagedDecisions {
      applicationId
      outcome
      reserveRank
      note
    }
    selectionReadiness {
      ready
      submitted
      accepted
      reserve
      rejected
      capacity
      problems {
        problem
        applicationId
        accepted
        capacity
        ranks
        deadline {
          text
        }
      }
    }
    selectionRelease {
      releaseAt {
        text
      }
      releasedAt
      scheduled
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<AdminDecisionsQuery, AdminDecisionsQueryVariables>;
export const AdminStageDecisionDocument = new TypedDocumentString(`
    mutation AdminStageDecision($input: StageDecisionInput!) {
  stageDecision(input: $input) {
    applicationId
    outcome
    reserveRank
  }
}
    `) as unknown as TypedDocumentString<AdminStageDecisionMutation, AdminStageDecisionMutationVariables>;
export const AdminPublishSelectionDocument = new TypedDocumentString(`
    mutation AdminPublishSelection($input: PublishSelectionInput!) {
  publishSelection(input: $input) {
    releasedAt
    scheduled
  }
}
    `) as unknown as TypedDocumentString<AdminPublishSelectionMutation, AdminPublishSelectionMutationVariables>;
export const NextEditionPreviewDocument = new TypedDocumentString(`
    query NextEditionPreview($input: NextEditionPreviewInput!) {
  nextEditionPreview(input: $input) {
    years
    days
    nonexistentCount
    times {
      kind
      id
      label
      field
      local
      leapDayMoved
      from {
        text
      }
      to {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NextEditionPreviewQuery, NextEditionPreviewQueryVariables>;
export const CreateNextEditionDocument = new TypedDocumentString(`
    mutation CreateNextEdition($input: CreateNextEditionInput!) {
  createNextEdition(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateNextEditionMutation, CreateNextEditionMutationVariables>;
export const SignUpPageAcademyDocument = new TypedDocumentString(`
    query SignUpPageAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    status
    enrolment
    title {
      text
    }
    signUpTerms {
      text
    }
    dates {
      applicationOpensAt {
        text
      }
      applicationDeadline {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpPageAcademyQuery, SignUpPageAcademyQueryVariables>;
export const SignUpPageOrganisationsDocument = new TypedDocumentString(`
    query SignUpPageOrganisations($academyId: ID!) {
  myMemberships {
    role
    organisation {
      id
      name
      type
    }
  }
  mySignUps(academyId: $academyId) {
    id
    signedUpAt
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpPageOrganisationsQuery, SignUpPageOrganisationsQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    id
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CohortPilotsPageAcademyDocument = new TypedDocumentString(`
    query CohortPilotsPageAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CohortPilotsPageAcademyQuery, CohortPilotsPageAcademyQueryVariables>;
export const CohortPilotsPageDocument = new TypedDocumentString(`
    query CohortPilotsPage($academyId: ID!) {
  cohortPilotSummaries(academyId: $academyId) {
    trackedActionId
    organisationName
    title {
      text
    }
    stage
    published
    measures {
      key
      label {
        text
      }
      status
      criterionText
    }
    metrics {
      name
      unit
      baseline
      target
      latestValue
      latestMeasuredOn
      progress
    }
  }
  myCohortTeams(academyId: $academyId) {
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortPilotsPageQuery, CohortPilotsPageQueryVariables>;
export const CohortPilotsOwnSharingDocument = new TypedDocumentString(`
    query CohortPilotsOwnSharing($academyId: ID!, $organisationId: ID!) {
  pilot(academyId: $academyId, organisationId: $organisationId) {
    id
    sharing {
      consent
    }
  }
}
    `) as unknown as TypedDocumentString<CohortPilotsOwnSharingQuery, CohortPilotsOwnSharingQueryVariables>;
export const CohortProgressPageDocument = new TypedDocumentString(`
    query CohortProgressPage($academyId: ID!) {
  cohortProgress(academyId: $academyId) {
    trackedActionId
    organisationId
    organisationName
    title {
      text
    }
    stage
    declaredOnSchedule
    derivedBehind
    onSchedule
    overdueTaskCount
    lastUpdateAt
    measuresApplied
    appliedMeasureKeys
  }
  circularMeasures(academyId: $academyId) {
    key
    label {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CohortProgressPageQuery, CohortProgressPageQueryVariables>;
export const FollowUpLinksTeamsDocument = new TypedDocumentString(`
    query FollowUpLinksTeams($academyId: ID!) {
  myCohortTeams(academyId: $academyId) {
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpLinksTeamsQuery, FollowUpLinksTeamsQueryVariables>;
export const FollowUpSettingsSectionDocument = new TypedDocumentString(`
    query FollowUpSettingsSection($academyId: ID!) {
  followUpSettings(academyId: $academyId) {
    academyId
    checkInCadence
    taskReminderDays
  }
}
    `) as unknown as TypedDocumentString<FollowUpSettingsSectionQuery, FollowUpSettingsSectionQueryVariables>;
export const SetFollowUpSettingsSectionDocument = new TypedDocumentString(`
    mutation SetFollowUpSettingsSection($input: SetFollowUpSettingsInput!) {
  setFollowUpSettings(input: $input) {
    academyId
    checkInCadence
    taskReminderDays
  }
}
    `) as unknown as TypedDocumentString<SetFollowUpSettingsSectionMutation, SetFollowUpSettingsSectionMutationVariables>;
export const PilotMeasureCatalogueDocument = new TypedDocumentString(`
    query PilotMeasureCatalogue($academyId: ID!) {
  circularMeasures(academyId: $academyId) {
    id
    key
    label {
      text
    }
    takesCriterionText
  }
}
    `) as unknown as TypedDocumentString<PilotMeasureCatalogueQuery, PilotMeasureCatalogueQueryVariables>;
export const PilotSetMeasureDocument = new TypedDocumentString(`
    mutation PilotSetMeasure($input: SetTrackedActionMeasureInput!) {
  setTrackedActionMeasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotSetMeasureMutation, PilotSetMeasureMutationVariables>;
export const PilotAddMetricDocument = new TypedDocumentString(`
    mutation PilotAddMetric($input: AddMetricInput!) {
  addMetric(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotAddMetricMutation, PilotAddMetricMutationVariables>;
export const PilotRecordMeasurementDocument = new TypedDocumentString(`
    mutation PilotRecordMeasurement($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotRecordMeasurementMutation, PilotRecordMeasurementMutationVariables>;
export const PilotSetPublishedDocument = new TypedDocumentString(`
    mutation PilotSetPublished($id: ID!, $published: Boolean!) {
  setPilotPublished(trackedActionId: $id, published: $published) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotSetPublishedMutation, PilotSetPublishedMutationVariables>;
export const PilotWriteUpdateDocument = new TypedDocumentString(`
    mutation PilotWriteUpdate($input: WriteProgressUpdateInput!) {
  writeProgressUpdate(input: $input) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<PilotWriteUpdateMutation, PilotWriteUpdateMutationVariables>;
export const PilotCommentUpdateDocument = new TypedDocumentString(`
    mutation PilotCommentUpdate($input: CommentProgressUpdateInput!) {
  commentProgressUpdate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotCommentUpdateMutation, PilotCommentUpdateMutationVariables>;
export const PilotPageAcademyDocument = new TypedDocumentString(`
    query PilotPageAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    status
    timeZone
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<PilotPageAcademyQuery, PilotPageAcademyQueryVariables>;
export const PilotPageTeamsDocument = new TypedDocumentString(`
    query PilotPageTeams($academyId: ID!) {
  myCohortTeams(academyId: $academyId) {
    organisation {
      id
      name
    }
    participants {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PilotPageTeamsQuery, PilotPageTeamsQueryVariables>;
export const PilotPageDocument = new TypedDocumentString(`
    query PilotPage($academyId: ID!, $organisationId: ID!) {
  pilot(academyId: $academyId, organisationId: $organisationId) {
    id
    organisationName
    title {
      text
    }
    description {
      text
    }
    category
    stage
    declaredOnSchedule
    derivedBehind
    onSchedule
    overdueTaskCount
    canEdit
    milestones {
      id
      title {
        text
      }
      plannedDate
      doneAt
      overdue
    }
    tasks {
      id
      title
      owner {
        name
      }
      dueDate
      doneAt
      overdue
    }
    measures {
      status
      note
      criterionText
      measure {
        id
      }
    }
    metrics {
      id
      name
      unit
      baseline
      target
      progress
      latest {
        measuredOn
        value
      }
      measurements {
        measuredOn
        value
      }
    }
    sharing {
      consent
      published
    }
    updates {
      id
      body
      authorName
      writtenAt
      stageChange {
        fromStage
        toStage
      }
      comments {
        id
        body
        authorName
        writtenAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PilotPageQuery, PilotPageQueryVariables>;
export const PilotSetScheduleDocument = new TypedDocumentString(`
    mutation PilotSetSchedule($input: SetDeclaredOnScheduleInput!) {
  setDeclaredOnSchedule(input: $input) {
    id
    declaredOnSchedule
  }
}
    `) as unknown as TypedDocumentString<PilotSetScheduleMutation, PilotSetScheduleMutationVariables>;
export const PilotAddTaskDocument = new TypedDocumentString(`
    mutation PilotAddTask($input: AddTaskInput!) {
  addTrackedActionTask(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotAddTaskMutation, PilotAddTaskMutationVariables>;
export const PilotCompleteTaskDocument = new TypedDocumentString(`
    mutation PilotCompleteTask($input: TaskIdInput!) {
  completeTrackedActionTask(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PilotCompleteTaskMutation, PilotCompleteTaskMutationVariables>;
export const PublicResultsPageDocument = new TypedDocumentString(`
    query PublicResultsPage($slug: String!) {
  academy(slug: $slug) {
    id
    title {
      text
    }
  }
  publicResults(academySlug: $slug) {
    organisationName
    title {
      text
    }
    stage
    measuresApplied {
      key
      label {
        text
      }
    }
    metrics {
      name
      unit
      baseline
      target
      latestValue
      latestMeasuredOn
      progress
    }
    outcomeReport {
      procured
      criteriaText
      lessons
      measuresUsed {
        key
        label {
          text
        }
      }
      finalMetrics {
        name
        unit
        baseline
        target
        finalValue
        targetMet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicResultsPageQuery, PublicResultsPageQueryVariables>;
export const DecisionPageDocument = new TypedDocumentString(`
    query DecisionPage($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    title {
      text
    }
  }
  myApplications {
    id
    academyId
    status
    organisation {
      id
      name
    }
    offer {
      id
      status
      seatNo
      fromReserve
      respondedAt
      respondBy {
        text
        zoneName
      }
    }
    reservePosition
  }
}
    `) as unknown as TypedDocumentString<DecisionPageQuery, DecisionPageQueryVariables>;
export const ConfirmParticipationFromPageDocument = new TypedDocumentString(`
    mutation ConfirmParticipationFromPage($input: ConfirmParticipationInput!) {
  confirmParticipation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConfirmParticipationFromPageMutation, ConfirmParticipationFromPageMutationVariables>;
export const DeclineParticipationFromPageDocument = new TypedDocumentString(`
    mutation DeclineParticipationFromPage($input: DeclineParticipationInput!) {
  declineParticipation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineParticipationFromPageMutation, DeclineParticipationFromPageMutationVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const OrganisationListPageDocument = new TypedDocumentString(`
    query OrganisationListPage {
  myMemberships {
    id
    role
    organisation {
      id
      name
      businessId
      type
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationListPageQuery, OrganisationListPageQueryVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage($id: ID!) {
  organisation(id: $id) {
    id
    name
    businessId
    associationRegisterNumber
    type
    region
    members {
      id
      role
      user {
        id
        email
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const OrganisationInvitationsDocument = new TypedDocumentString(`
    query OrganisationInvitations($id: ID!) {
  organisation(id: $id) {
    id
    invitations {
      id
      email
      role
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationInvitationsQuery, OrganisationInvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
    email
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const OutcomeReportAcademyDocument = new TypedDocumentString(`
    query OutcomeReportAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportAcademyQuery, OutcomeReportAcademyQueryVariables>;
export const OutcomeReportPageDocument = new TypedDocumentString(`
    query OutcomeReportPage($academyId: ID!) {
  circularMeasures(academyId: $academyId) {
    id
    key
    label {
      text
    }
  }
  myOutcomeReports(academyId: $academyId) {
    trackedActionId
    organisationName
    pilotTitle {
      text
    }
    status
    dueOn
    canEdit
    procured
    measuresUsed {
      id
      key
      label {
        text
      }
    }
    criteriaText
    finalMetrics {
      metricId
      name
      unit
      baseline
      target
      finalValue
      targetMet
    }
    lessons
    permissionToPublish
    submittedAt
    submittedBy
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportPageQuery, OutcomeReportPageQueryVariables>;
export const OutcomeReportSaveDocument = new TypedDocumentString(`
    mutation OutcomeReportSave($input: SaveOutcomeReportInput!) {
  saveOutcomeReport(input: $input) {
    trackedActionId
    status
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportSaveMutation, OutcomeReportSaveMutationVariables>;
export const OutcomeReportSubmitDocument = new TypedDocumentString(`
    mutation OutcomeReportSubmit($input: SaveOutcomeReportInput!) {
  submitOutcomeReport(input: $input) {
    trackedActionId
    status
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportSubmitMutation, OutcomeReportSubmitMutationVariables>;
export const OutcomeReportsPageDocument = new TypedDocumentString(`
    query OutcomeReportsPage($academyId: ID!) {
  followUpSettings(academyId: $academyId) {
    outcomeReportDueOn
  }
  outcomeReports(academyId: $academyId) {
    trackedActionId
    organisationName
    pilotTitle {
      text
    }
    status
    procured
    measuresUsed {
      key
      label {
        text
      }
    }
    criteriaText
    finalMetrics {
      metricId
      name
      unit
      target
      finalValue
      targetMet
    }
    lessons
    permissionToPublish
    submittedAt
    submittedBy
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportsPageQuery, OutcomeReportsPageQueryVariables>;
export const OutcomeReportsSetDeadlineDocument = new TypedDocumentString(`
    mutation OutcomeReportsSetDeadline($input: SetOutcomeReportDeadlineInput!) {
  setOutcomeReportDeadline(input: $input) {
    outcomeReportDueOn
  }
}
    `) as unknown as TypedDocumentString<OutcomeReportsSetDeadlineMutation, OutcomeReportsSetDeadlineMutationVariables>;
export const AdminFindPersonDocument = new TypedDocumentString(`
    query AdminFindPerson($email: String!) {
  users(email: $email, limit: 1, offset: 0) {
    items {
      id
      email
      name
      erasedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminFindPersonQuery, AdminFindPersonQueryVariables>;
export const AdminEraseUserDocument = new TypedDocumentString(`
    mutation AdminEraseUser($input: EraseUserInput!) {
  eraseUser(input: $input) {
    userId
    pseudonym
  }
}
    `) as unknown as TypedDocumentString<AdminEraseUserMutation, AdminEraseUserMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
  deleteMyAccount(input: $input) {
    userId
    erasedAt
  }
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const MyDataPageDocument = new TypedDocumentString(`
    query MyDataPage {
  myDataExports {
    id
    kind
    organisationId
    status
    createdAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MyDataPageQuery, MyDataPageQueryVariables>;
export const RequestMyDataExportDocument = new TypedDocumentString(`
    mutation RequestMyDataExport {
  requestMyDataExport {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestMyDataExportMutation, RequestMyDataExportMutationVariables>;
export const RequestOrganisationDataExportDocument = new TypedDocumentString(`
    mutation RequestOrganisationDataExport($input: RequestOrganisationDataExportInput!) {
  requestOrganisationDataExport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestOrganisationDataExportMutation, RequestOrganisationDataExportMutationVariables>;
export const RetentionSettingsPageDocument = new TypedDocumentString(`
    query RetentionSettingsPage($academyId: ID!) {
  retentionSettings(academyId: $academyId) {
    kind
    scope
    after
    defaultMonths
    months
    legalMinimumMonths
    overridden
  }
}
    `) as unknown as TypedDocumentString<RetentionSettingsPageQuery, RetentionSettingsPageQueryVariables>;
export const RetentionRunsPageDocument = new TypedDocumentString(`
    query RetentionRunsPage($academyId: ID) {
  retentionRuns(academyId: $academyId, limit: 10) {
    id
    runDate
    ranAt
    counts {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionRunsPageQuery, RetentionRunsPageQueryVariables>;
export const RetentionSettingsUpdateDocument = new TypedDocumentString(`
    mutation RetentionSettingsUpdate($input: UpdateRetentionSettingsInput!) {
  updateRetentionSettings(input: $input) {
    kind
    months
    legalMinimumMonths
  }
}
    `) as unknown as TypedDocumentString<RetentionSettingsUpdateMutation, RetentionSettingsUpdateMutationVariables>;
export const RetentionLegalMinimumSetDocument = new TypedDocumentString(`
    mutation RetentionLegalMinimumSet($input: SetRetentionLegalMinimumInput!) {
  setRetentionLegalMinimum(input: $input) {
    kind
    months
    legalMinimumMonths
  }
}
    `) as unknown as TypedDocumentString<RetentionLegalMinimumSetMutation, RetentionLegalMinimumSetMutationVariables>;
export const CalendarFeedPageDocument = new TypedDocumentString(`
    query CalendarFeedPage {
  myCalendarFeed {
    url
    webcalUrl
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedPageQuery, CalendarFeedPageQueryVariables>;
export const RotateCalendarFeedDocument = new TypedDocumentString(`
    mutation RotateCalendarFeed {
  rotateCalendarFeed {
    url
    webcalUrl
  }
}
    `) as unknown as TypedDocumentString<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateMeInput!) {
  updateMe(input: $input) {
    id
    name
    locale
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ProgrammePublicPageDocument = new TypedDocumentString(`
    query ProgrammePublicPage($slug: String!) {
  programmePage(slug: $slug) {
    academyId
    slug
    title {
      text
    }
    description {
      text
    }
    timeZone
    duration {
      startDate
      endDate
      text
    }
    budget {
      amount
      currency
      text
    }
    fundingSources {
      name {
        text
      }
      amount {
        text
      }
    }
    partners {
      name
      role {
        text
      }
      url
    }
    events {
      id
      mode
      status
      place
      title {
        text
      }
      start {
        text
        instant
      }
      end {
        text
      }
    }
    outcomes {
      id
      eventId
      eventTitle {
        text
      }
      title {
        text
      }
      body {
        text
      }
      links
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammePublicPageQuery, ProgrammePublicPageQueryVariables>;
export const RegistrationPanelDocument = new TypedDocumentString(`
    query RegistrationPanel($eventId: ID!) {
  eventRegistration(eventId: $eventId) {
    eventId
    capacity
    isOpen
    event {
      id
      status
    }
    registeredCount
    waitlistedCount
    seatsLeft
    inAudience
    closesAt {
      text
      zoneName
    }
    myRegistration {
      id
      status
      seatNo
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationPanelQuery, RegistrationPanelQueryVariables>;
export const RegisterForEventFromPanelDocument = new TypedDocumentString(`
    mutation RegisterForEventFromPanel($input: EventRegistrationInput!) {
  registerForEvent(input: $input) {
    eventId
  }
}
    `) as unknown as TypedDocumentString<RegisterForEventFromPanelMutation, RegisterForEventFromPanelMutationVariables>;
export const CancelEventRegistrationFromPanelDocument = new TypedDocumentString(`
    mutation CancelEventRegistrationFromPanel($input: EventRegistrationInput!) {
  cancelEventRegistration(input: $input) {
    eventId
  }
}
    `) as unknown as TypedDocumentString<CancelEventRegistrationFromPanelMutation, CancelEventRegistrationFromPanelMutationVariables>;
export const RegistrationPageDocument = new TypedDocumentString(`
    query RegistrationPage($eventId: ID!) {
  eventRegistration(eventId: $eventId) {
    eventId
    event {
      id
      title {
        text
      }
      start {
        text
        zoneName
      }
      place
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationPageQuery, RegistrationPageQueryVariables>;
export const ReviewAssignmentsPageDocument = new TypedDocumentString(`
    query ReviewAssignmentsPage {
  myReviewAssignments {
    id
    academyId
    status
    application {
      id
      organisation {
        id
        name
      }
    }
  }
  myConflictsOfInterest {
    organisationId
    organisationName
    reason
  }
  academies {
    id
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAssignmentsPageQuery, ReviewAssignmentsPageQueryVariables>;
export const DeclareConflictOfInterestDocument = new TypedDocumentString(`
    mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {
  declareConflictOfInterest(input: $input) {
    organisationId
  }
}
    `) as unknown as TypedDocumentString<DeclareConflictOfInterestMutation, DeclareConflictOfInterestMutationVariables>;
export const ReviewPageDocument = new TypedDocumentString(`
    query ReviewPage($id: ID!) {
  application(id: $id) {
    id
    academyId
    status
    organisation {
      id
      name
    }
    eligibility {
      criterionId
      outcome
      explanation
    }
    completeness {
      complete
      missing
    }
    consultation {
      id
      notes
      slot {
        startsAt
      }
    }
    reviews {
      id
      status
      recommendation
      comment
      weightedTotal
      reviewer {
        id
        name
        email
      }
      scores {
        criterionId
        score
      }
    }
  }
  me {
    id
  }
  academies {
    id
    title {
      text
    }
    reviewRubric {
      id
      position
      label {
        text
      }
      guidance {
        text
      }
      weight
      scaleMin
      scaleMax
      allowsNotApplicable
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPageQuery, ReviewPageQueryVariables>;
export const SaveReviewDocument = new TypedDocumentString(`
    mutation SaveReview($input: SaveReviewInput!) {
  saveReview(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SaveReviewMutation, SaveReviewMutationVariables>;
export const SubmitReviewDocument = new TypedDocumentString(`
    mutation SubmitReview($input: ReviewApplicationInput!) {
  submitReview(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const ReviewersAssignmentsDocument = new TypedDocumentString(`
    query ReviewersAssignments($academyId: ID!) {
  reviewerLoads(academyId: $academyId) {
    reviewer {
      id
      name
      email
    }
    assigned
    submitted
  }
  users(role: EXPERT, limit: 100) {
    items {
      id
      name
      email
    }
  }
  applications(academyId: $academyId, status: SUBMITTED, limit: 100) {
    total
    items {
      id
      organisation {
        name
      }
      reviews {
        id
        status
        reviewer {
          id
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewersAssignmentsQuery, ReviewersAssignmentsQueryVariables>;
export const ReviewersAssignBulkDocument = new TypedDocumentString(`
    mutation ReviewersAssignBulk($input: AssignReviewersInput!) {
  assignReviewers(input: $input) {
    created {
      id
    }
    unfilledApplicationIds
  }
}
    `) as unknown as TypedDocumentString<ReviewersAssignBulkMutation, ReviewersAssignBulkMutationVariables>;
export const ReviewersAssignOneDocument = new TypedDocumentString(`
    mutation ReviewersAssignOne($input: AssignReviewerInput!) {
  assignReviewer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewersAssignOneMutation, ReviewersAssignOneMutationVariables>;
export const ReviewersUnassignOneDocument = new TypedDocumentString(`
    mutation ReviewersUnassignOne($input: AssignReviewerInput!) {
  unassignReviewer(input: $input)
}
    `) as unknown as TypedDocumentString<ReviewersUnassignOneMutation, ReviewersUnassignOneMutationVariables>;
export const ReviewersRubricDocument = new TypedDocumentString(`
    query ReviewersRubric($slug: String!) {
  academy(slug: $slug) {
    id
    reviewRubric {
      id
      position
      weight
      scaleMin
      scaleMax
      allowsNotApplicable
      label {
        fi
        sv
        en
        text
      }
      guidance {
        fi
        sv
        en
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewersRubricQuery, ReviewersRubricQueryVariables>;
export const ReviewersSetRubricDocument = new TypedDocumentString(`
    mutation ReviewersSetRubric($input: SetReviewRubricInput!) {
  setReviewRubric(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewersSetRubricMutation, ReviewersSetRubricMutationVariables>;
export const AdminRoundsDocument = new TypedDocumentString(`
    query AdminRounds($academyId: ID!) {
  appointmentRounds(academyId: $academyId) {
    id
    purpose
    audience
    bookingsPerOrganisation
    isOpen
    titleFi
    titleSv
    titleEn
    opensAt {
      local
      text
      zoneName
    }
    closesAt {
      local
      text
      zoneName
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRoundsQuery, AdminRoundsQueryVariables>;
export const AdminOpenAppointmentRoundDocument = new TypedDocumentString(`
    mutation AdminOpenAppointmentRound($input: OpenAppointmentRoundInput!) {
  openAppointmentRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminOpenAppointmentRoundMutation, AdminOpenAppointmentRoundMutationVariables>;
export const AdminUpdateAppointmentRoundDocument = new TypedDocumentString(`
    mutation AdminUpdateAppointmentRound($input: UpdateAppointmentRoundInput!) {
  updateAppointmentRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateAppointmentRoundMutation, AdminUpdateAppointmentRoundMutationVariables>;
export const SparringAcademyDocument = new TypedDocumentString(`
    query SparringAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    slug
    timeZone
    consultationChangeCutoffHours
    title {
      text
    }
    dates {
      consultationBookingDeadline {
        zoneName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SparringAcademyQuery, SparringAcademyQueryVariables>;
export const SparringTeamsDocument = new TypedDocumentString(`
    query SparringTeams($academyId: ID!) {
  myCohortTeams(academyId: $academyId) {
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SparringTeamsQuery, SparringTeamsQueryVariables>;
export const SparringRoundsDocument = new TypedDocumentString(`
    query SparringRounds($academyId: ID!, $organisationId: ID!) {
  appointmentRounds(academyId: $academyId) {
    id
    purpose
    isOpen
    bookingsPerOrganisation
    titleFi
    titleSv
    titleEn
    opensAt {
      text
    }
    closesAt {
      text
    }
    slots(onlyFree: true) {
      id
      startsAt
      endsAt
      mode
      place
      expert {
        name
        email
      }
    }
    bookings(organisationId: $organisationId) {
      id
      status
      slot {
        id
        startsAt
        endsAt
        mode
        place
        onlineUrl
      }
      expert {
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SparringRoundsQuery, SparringRoundsQueryVariables>;
export const BookSparringDocument = new TypedDocumentString(`
    mutation BookSparring($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookSparringMutation, BookSparringMutationVariables>;
export const RescheduleSparringDocument = new TypedDocumentString(`
    mutation RescheduleSparring($input: RescheduleConsultationInput!) {
  rescheduleConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RescheduleSparringMutation, RescheduleSparringMutationVariables>;
export const CancelSparringDocument = new TypedDocumentString(`
    mutation CancelSparring($input: CancelConsultationInput!) {
  cancelConsultation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelSparringMutation, CancelSparringMutationVariables>;
export const SignInLinkDocument = new TypedDocumentString(`
    query SignInLink($token: String!) {
  signInLink(token: $token) {
    status
    email
    maskedEmail
  }
}
    `) as unknown as TypedDocumentString<SignInLinkQuery, SignInLinkQueryVariables>;
export const RequestSignInDocument = new TypedDocumentString(`
    mutation RequestSignIn($input: RequestSignInInput!) {
  requestSignIn(input: $input)
}
    `) as unknown as TypedDocumentString<RequestSignInMutation, RequestSignInMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    expiresAt
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const AgreedActionsAcademyDocument = new TypedDocumentString(`
    query AgreedActionsAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    timeZone
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedActionsAcademyQuery, AgreedActionsAcademyQueryVariables>;
export const AgreedActionsTeamsDocument = new TypedDocumentString(`
    query AgreedActionsTeams($academyId: ID!) {
  myCohortTeams(academyId: $academyId) {
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedActionsTeamsQuery, AgreedActionsTeamsQueryVariables>;
export const OrganisationAgreedActionsDocument = new TypedDocumentString(`
    query OrganisationAgreedActions($academyId: ID!, $organisationId: ID!) {
  agreedActions(academyId: $academyId, organisationId: $organisationId) {
    id
    title
    dueDate
    bookingId
    sessionStartsAt
    owner {
      participantId
      name
      hasLeft
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationAgreedActionsQuery, OrganisationAgreedActionsQueryVariables>;
export const SaveAppointmentSummaryDocument = new TypedDocumentString(`
    mutation SaveAppointmentSummary($input: SaveAppointmentSummaryInput!) {
  saveAppointmentSummary(input: $input) {
    bookingId
  }
}
    `) as unknown as TypedDocumentString<SaveAppointmentSummaryMutation, SaveAppointmentSummaryMutationVariables>;
export const AddAgreedActionDocument = new TypedDocumentString(`
    mutation AddAgreedAction($input: AddAgreedActionInput!) {
  addAgreedAction(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AddAgreedActionMutation, AddAgreedActionMutationVariables>;
export const UpdateAgreedActionDocument = new TypedDocumentString(`
    mutation UpdateAgreedAction($input: UpdateAgreedActionInput!) {
  updateAgreedAction(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateAgreedActionMutation, UpdateAgreedActionMutationVariables>;
export const RemoveAgreedActionDocument = new TypedDocumentString(`
    mutation RemoveAgreedAction($id: ID!) {
  removeAgreedAction(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<RemoveAgreedActionMutation, RemoveAgreedActionMutationVariables>;
export const SparringOutcomeDocument = new TypedDocumentString(`
    query SparringOutcome($bookingId: ID!) {
  appointmentOutcome(bookingId: $bookingId) {
    bookingId
    academyId
    organisationId
    organisationName
    sessionStartsAt
    timeZone
    sessionHeld
    canEdit
    summary {
      summary
      updatedAt
    }
    agreedActions {
      id
      title
      dueDate
      owner {
        participantId
        name
        hasLeft
      }
    }
    team {
      participantId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SparringOutcomeQuery, SparringOutcomeQueryVariables>;
export const TeamPageAcademyDocument = new TypedDocumentString(`
    query TeamPageAcademy($slug: String!) {
  academy(slug: $slug) {
    id
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<TeamPageAcademyQuery, TeamPageAcademyQueryVariables>;
export const TeamPageDocument = new TypedDocumentString(`
    query TeamPage($academyId: ID!) {
  myCohortTeams(academyId: $academyId) {
    limit
    canManage
    organisation {
      id
      name
    }
    participants {
      id
      name
      email
      role
      teamRole
      hasAccount
    }
  }
}
    `) as unknown as TypedDocumentString<TeamPageQuery, TeamPageQueryVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($input: TeamParticipantInput!) {
  removeTeamMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const SetTeamResponsiblePersonDocument = new TypedDocumentString(`
    mutation SetTeamResponsiblePerson($input: TeamParticipantInput!) {
  setTeamResponsiblePerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetTeamResponsiblePersonMutation, SetTeamResponsiblePersonMutationVariables>;
export const WorkshopEventAddOutcomeDocument = new TypedDocumentString(`
    mutation WorkshopEventAddOutcome($input: AddEventOutcomeInput!) {
  addEventOutcome(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventAddOutcomeMutation, WorkshopEventAddOutcomeMutationVariables>;
export const WorkshopEventUpdateOutcomeDocument = new TypedDocumentString(`
    mutation WorkshopEventUpdateOutcome($input: UpdateEventOutcomeInput!) {
  updateEventOutcome(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventUpdateOutcomeMutation, WorkshopEventUpdateOutcomeMutationVariables>;
export const WorkshopEventRemoveOutcomeDocument = new TypedDocumentString(`
    mutation WorkshopEventRemoveOutcome($input: RemoveEventOutcomeInput!) {
  removeEventOutcome(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventRemoveOutcomeMutation, WorkshopEventRemoveOutcomeMutationVariables>;
export const WorkshopEventPageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<WorkshopEventPageQuery, WorkshopEventPageQueryVariables>;
export const WorkshopEventMarkDoneDocument = new TypedDocumentString(`
    mutation WorkshopEventMarkDone($input: MarkAssignmentDoneInput!) {
  markAssignmentDone(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventMarkDoneMutation, WorkshopEventMarkDoneMutationVariables>;
export const WorkshopEventUnmarkDoneDocument = new TypedDocumentString(`
    mutation WorkshopEventUnmarkDone($input: UnmarkAssignmentDoneInput!) {
  unmarkAssignmentDone(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventUnmarkDoneMutation, WorkshopEventUnmarkDoneMutationVariables>;
export const WorkshopEventAddMaterialDocument = new TypedDocumentString(`
    mutation WorkshopEventAddMaterial($input: AddEventMaterialInput!) {
  addEventMaterial(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventAddMaterialMutation, WorkshopEventAddMaterialMutationVariables>;
export const WorkshopEventUpdateMaterialDocument = new TypedDocumentString(`
    mutation WorkshopEventUpdateMaterial($input: UpdateEventMaterialInput!) {
  updateEventMaterial(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventUpdateMaterialMutation, WorkshopEventUpdateMaterialMutationVariables>;
export const WorkshopEventRemoveMaterialDocument = new TypedDocumentString(`
    mutation WorkshopEventRemoveMaterial($input: RemoveEventMaterialInput!) {
  removeEventMaterial(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventRemoveMaterialMutation, WorkshopEventRemoveMaterialMutationVariables>;
export const WorkshopEventAddAssignmentDocument = new TypedDocumentString(`
    mutation WorkshopEventAddAssignment($input: AddEventAssignmentInput!) {
  addEventAssignment(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventAddAssignmentMutation, WorkshopEventAddAssignmentMutationVariables>;
export const WorkshopEventUpdateAssignmentDocument = new TypedDocumentString(`
    mutation WorkshopEventUpdateAssignment($input: UpdateEventAssignmentInput!) {
  updateEventAssignment(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventUpdateAssignmentMutation, WorkshopEventUpdateAssignmentMutationVariables>;
export const WorkshopEventRemoveAssignmentDocument = new TypedDocumentString(`
    mutation WorkshopEventRemoveAssignment($input: RemoveEventAssignmentInput!) {
  removeEventAssignment(input: $input) {
    canEdit
  }
}
    `) as unknown as TypedDocumentString<WorkshopEventRemoveAssignmentMutation, WorkshopEventRemoveAssignmentMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    locale
    roles
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const UpdateMyLanguageDocument = new TypedDocumentString(`
    mutation UpdateMyLanguage($input: UpdateMeInput!) {
  updateMe(input: $input) {
    id
    locale
  }
}
    `) as unknown as TypedDocumentString<UpdateMyLanguageMutation, UpdateMyLanguageMutationVariables>;