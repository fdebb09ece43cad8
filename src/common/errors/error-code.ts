/**
 * Every code a client can branch on (`extensions.code`), generic and per feature, in one
 * enum so a code is never a bare string. Add, never rename: a code is part of the API
 * contract. Apollo's own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * BAD_REQUEST) also reach clients for requests that never got to a resolver.
 *
 * The message a person reads for each code is `MESSAGES[code]` in `common/i18n/messages.ts`
 * (a code may also name another key, e.g. DEADLINE_PASSED → BOOKING_DEADLINE_PASSED); the
 * API guide's error table is checked against this enum by `error-docs.spec.ts`.
 */
export enum ErrorCode {
  // Generic
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  ONE_MUTATION_PER_REQUEST = 'ONE_MUTATION_PER_REQUEST',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  // Organisations
  BUSINESS_ID_TAKEN = 'BUSINESS_ID_TAKEN',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  LAST_CONTACT = 'LAST_CONTACT',
  // Users and roles
  LAST_ADMIN = 'LAST_ADMIN',
  // Academies and timeline
  SLUG_TAKEN = 'SLUG_TAKEN',
  INVALID_STATUS_CHANGE = 'INVALID_STATUS_CHANGE',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  // Editions
  NONEXISTENT_LOCAL_TIME = 'NONEXISTENT_LOCAL_TIME',
  PROGRAMME_NOT_RUNNING = 'PROGRAMME_NOT_RUNNING',
  // Applications
  NOT_OPEN = 'NOT_OPEN',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  APPLICATION_WITHDRAWN = 'APPLICATION_WITHDRAWN',
  // Consultations
  SLOT_TAKEN = 'SLOT_TAKEN',
  ALREADY_BOOKED = 'ALREADY_BOOKED',
  SLOT_WITHDRAWN = 'SLOT_WITHDRAWN',
  SLOT_PAST = 'SLOT_PAST',
  SLOT_OVERLAP = 'SLOT_OVERLAP',
  CHANGE_CUTOFF_PASSED = 'CHANGE_CUTOFF_PASSED',
  // Appointment rounds
  ROUND_CLOSED = 'ROUND_CLOSED',
  NOT_IN_ROUND_AUDIENCE = 'NOT_IN_ROUND_AUDIENCE',
  SLOT_IN_OTHER_ROUND = 'SLOT_IN_OTHER_ROUND',
  CONSULTATION_ROUND_EXISTS = 'CONSULTATION_ROUND_EXISTS',
  // Selection
  RUBRIC_LOCKED = 'RUBRIC_LOCKED',
  SCORE_OUT_OF_SCALE = 'SCORE_OUT_OF_SCALE',
  CRITERION_NOT_IN_RUBRIC = 'CRITERION_NOT_IN_RUBRIC',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  REVIEW_SUBMITTED = 'REVIEW_SUBMITTED',
  REVIEW_INCOMPLETE = 'REVIEW_INCOMPLETE',
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  SELECTION_RELEASED = 'SELECTION_RELEASED',
  SELECTION_NOT_READY = 'SELECTION_NOT_READY',
  NO_OFFER = 'NO_OFFER',
  CONFIRMATION_DEADLINE_PASSED = 'CONFIRMATION_DEADLINE_PASSED',
  OFFER_ANSWERED = 'OFFER_ANSWERED',
  // Workshops
  NOT_YOUR_ORGANISATION = 'NOT_YOUR_ORGANISATION',
  ORGANISATION_NOT_IN_AUDIENCE = 'ORGANISATION_NOT_IN_AUDIENCE',
  // Registration
  REGISTRATION_NOT_OFFERED = 'REGISTRATION_NOT_OFFERED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  NOT_IN_AUDIENCE = 'NOT_IN_AUDIENCE',
  NOT_REGISTERED = 'NOT_REGISTERED',
  // Team and attendance
  NOT_IN_COHORT = 'NOT_IN_COHORT',
  TEAM_FULL = 'TEAM_FULL',
  ALREADY_IN_TEAM = 'ALREADY_IN_TEAM',
  RESPONSIBLE_PERSON_REQUIRED = 'RESPONSIBLE_PERSON_REQUIRED',
  NOT_A_PARTICIPANT = 'NOT_A_PARTICIPANT',
  // Sparring outcomes
  SESSION_NOT_HELD = 'SESSION_NOT_HELD',
  ACTION_OWNER_NOT_IN_TEAM = 'ACTION_OWNER_NOT_IN_TEAM',
  AGREED_ACTIONS_FULL = 'AGREED_ACTIONS_FULL',
  // Follow-up of pilots and action plans
  NOT_YOUR_PILOT = 'NOT_YOUR_PILOT',
  INVALID_DATE = 'INVALID_DATE',
  OWNER_NOT_IN_TEAM = 'OWNER_NOT_IN_TEAM',
  UNKNOWN_CATEGORY = 'UNKNOWN_CATEGORY',
  // Follow-up: circular measures and metrics
  MEASURE_NOT_IN_CATALOGUE = 'MEASURE_NOT_IN_CATALOGUE',
  MEASURE_KEY_TAKEN = 'MEASURE_KEY_TAKEN',
  CRITERION_TEXT_NOT_TAKEN = 'CRITERION_TEXT_NOT_TAKEN',
  METRIC_NOT_IN_ACTION = 'METRIC_NOT_IN_ACTION',
  // Follow-up: sharing and public results
  NO_SHARING_CONSENT = 'NO_SHARING_CONSENT',
  // Organisation types and open enrolment
  BUSINESS_ID_REQUIRED = 'BUSINESS_ID_REQUIRED',
  REGISTER_NUMBER_TAKEN = 'REGISTER_NUMBER_TAKEN',
  NOT_OPEN_ENROLMENT = 'NOT_OPEN_ENROLMENT',
  ENROLMENT_IS_OPEN = 'ENROLMENT_IS_OPEN',
  ENROLMENT_LOCKED = 'ENROLMENT_LOCKED',
  SIGN_UP_CLOSED = 'SIGN_UP_CLOSED',
  ALREADY_SIGNED_UP = 'ALREADY_SIGNED_UP',
  TERMS_NOT_ACCEPTED = 'TERMS_NOT_ACCEPTED',
  // Follow-up: outcome reports of alumni
  NOT_ALUMNUS = 'NOT_ALUMNUS',
  NOT_RESPONSIBLE_PERSON = 'NOT_RESPONSIBLE_PERSON',
  OUTCOME_REPORT_CLOSED = 'OUTCOME_REPORT_CLOSED',
  OUTCOME_REPORT_SUBMITTED = 'OUTCOME_REPORT_SUBMITTED',
  OUTCOME_REPORT_INCOMPLETE = 'OUTCOME_REPORT_INCOMPLETE',
  RETENTION_BELOW_LEGAL_MINIMUM = 'RETENTION_BELOW_LEGAL_MINIMUM',
  RETENTION_NOT_PER_ACADEMY = 'RETENTION_NOT_PER_ACADEMY',
  RETENTION_MINIMUM_ABOVE_PERIOD = 'RETENTION_MINIMUM_ABOVE_PERIOD',
  // Privacy: erasure of an account
  ONLY_CONTACT = 'ONLY_CONTACT',
  CONFIRMATION_EMAIL_MISMATCH = 'CONFIRMATION_EMAIL_MISMATCH',
  ALREADY_ERASED = 'ALREADY_ERASED',
  // Privacy: data export
  EXPORT_LINK_USED = 'EXPORT_LINK_USED',
  EXPORT_LINK_EXPIRED = 'EXPORT_LINK_EXPIRED',
}

/** What each code adds to `extensions` beside `code`; codes not listed add nothing. */
export interface ErrorExtensions {
  [ErrorCode.BAD_USER_INPUT]: { validationErrors?: unknown[] };
  [ErrorCode.UNAUTHENTICATED]: { signInLinkStatus?: string };
  [ErrorCode.RATE_LIMITED]: { retryAfterSeconds: number };
  [ErrorCode.QUERY_TOO_COMPLEX]: { complexity: number; maximum: number };
  [ErrorCode.ONE_MUTATION_PER_REQUEST]: { fields: number; maximum: number };
  [ErrorCode.QUERY_TOO_DEEP]: { depth: number; maximum: number };
  [ErrorCode.RESPONSE_TOO_LARGE]: { maximumBytes: number };
  [ErrorCode.CONFLICT]: { currentVersion: number };
  [ErrorCode.INTERNAL_SERVER_ERROR]: { requestId?: string };
  [ErrorCode.SERVICE_UNAVAILABLE]: { retryAfterSeconds: number };
  [ErrorCode.BUSINESS_ID_TAKEN]: { field: string };
  [ErrorCode.ALREADY_MEMBER]: { field: string };
  [ErrorCode.SLUG_TAKEN]: { field: string };
  [ErrorCode.NONEXISTENT_LOCAL_TIME]: {
    /** Each date-time of the copy that falls in the spring-forward gap of the new year. */
    items: Array<{ kind: string; id: string; label: string; field: string; local: string }>;
  };
  [ErrorCode.DEADLINE_PASSED]: { deadline: string };
  [ErrorCode.NOT_ELIGIBLE]: { unmetCriteria: unknown[] };
  [ErrorCode.SCORE_OUT_OF_SCALE]: { field: string };
  [ErrorCode.CRITERION_NOT_IN_RUBRIC]: { field: string };
  [ErrorCode.REVIEW_INCOMPLETE]: { fields: string[] };
  [ErrorCode.SELECTION_NOT_READY]: {
    /**
     * e.g. `{ problem: 'MISSING_DECISION', applicationId }`, `{ problem: 'OVER_CAPACITY', accepted, capacity }`,
     * `{ problem: 'RESERVE_RANKS', ranks }`, `{ problem: 'DEADLINE_NOT_PASSED', deadline }` (the last application
     * deadline, extensions included), `{ problem: 'CONFIRMATION_DEADLINE_PAST', deadline }` (the academy's
     * confirmation deadline) — deadlines as ISO instants, checked against the release instant.
     */
    problems: Array<Record<string, unknown>>;
  };
  [ErrorCode.CONFIRMATION_DEADLINE_PASSED]: { deadline: string };
  [ErrorCode.REGISTRATION_CLOSED]: { closesAt: string };
  [ErrorCode.PROGRAMME_NOT_RUNNING]: { status: string };
  [ErrorCode.ROUND_CLOSED]: { opensAt: string | null; closesAt: string | null };
  [ErrorCode.NOT_IN_ROUND_AUDIENCE]: { audience: string };
  [ErrorCode.TEAM_FULL]: { limit: number };
  [ErrorCode.ALREADY_IN_TEAM]: { field: string };
  [ErrorCode.NOT_A_PARTICIPANT]: { participantIds: string[] };
  [ErrorCode.SESSION_NOT_HELD]: { startsAt: string };
  [ErrorCode.ACTION_OWNER_NOT_IN_TEAM]: { field: string };
  [ErrorCode.AGREED_ACTIONS_FULL]: { limit: number };
  [ErrorCode.INVALID_DATE]: { field: string };
  [ErrorCode.OWNER_NOT_IN_TEAM]: { field: string };
  [ErrorCode.UNKNOWN_CATEGORY]: { field: string; allowed: string[] };
  [ErrorCode.MEASURE_NOT_IN_CATALOGUE]: { field: string };
  [ErrorCode.MEASURE_KEY_TAKEN]: { field: string };
  [ErrorCode.CRITERION_TEXT_NOT_TAKEN]: { field: string };
  [ErrorCode.METRIC_NOT_IN_ACTION]: { field: string };
  [ErrorCode.BUSINESS_ID_REQUIRED]: { field: string };
  [ErrorCode.REGISTER_NUMBER_TAKEN]: { field: string };
  [ErrorCode.ENROLMENT_LOCKED]: { field: string };
  [ErrorCode.SIGN_UP_CLOSED]: { opensAt: string; deadline: string };
  [ErrorCode.TERMS_NOT_ACCEPTED]: { field: string };
  [ErrorCode.OUTCOME_REPORT_CLOSED]: { dueAt: string };
  [ErrorCode.OUTCOME_REPORT_INCOMPLETE]: { fields: string[] };
  [ErrorCode.RETENTION_BELOW_LEGAL_MINIMUM]: {
    field: string;
    kind: string;
    legalMinimumMonths: number;
  };
  [ErrorCode.RETENTION_NOT_PER_ACADEMY]: { field: string; kind: string };
  [ErrorCode.RETENTION_MINIMUM_ABOVE_PERIOD]: { field: string; kind: string; months: number };
  [ErrorCode.ONLY_CONTACT]: {
    /** The organisations to hand over first (name another contact), by name. */
    organisations: Array<{ id: string; name: string }>;
  };
  [ErrorCode.CONFIRMATION_EMAIL_MISMATCH]: { field: string };
}

export type ExtensionsOf<C extends ErrorCode> = C extends keyof ErrorExtensions
  ? ErrorExtensions[C]
  : Record<string, never>;
