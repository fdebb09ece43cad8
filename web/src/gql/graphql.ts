/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** DRAFT → OPEN (applications) → SELECTION → RUNNING → ALUMNI. */
export type AcademyStatus =
  | 'ALUMNI'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'OPEN'
  | 'RUNNING'
  | 'SELECTION';

export type ApplicationIdInput = {
  applicationId: string | number;
  expectedVersion?: number | null | undefined;
};

export type ApplicationStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** Consents. Each also gives the ATTESTATION criteria whose `parameters.consent` names it. */
export type ConsentsInput = {
  /** Able to attend the events and sparring sessions. Gives an ATTESTATION criterion with `parameters: { consent: "attendEvents" }`. */
  attendEvents?: boolean | null | undefined;
  /** Willing to share learnings within the group and the organisation. Gives an ATTESTATION criterion with `parameters: { consent: "shareLearnings" }`. */
  shareLearnings?: boolean | null | undefined;
};

export type CreateOrganisationInput = {
  /** Finnish business ID (Y-tunnus), e.g. `0201256-6`. */
  businessId: string;
  name: string;
  region?: string | null | undefined;
  type: OrganisationType;
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

export type EligibilityOutcome =
  | 'MET'
  | 'NEEDS_REVIEW'
  | 'NOT_MET';

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

export type EventStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

/** ADMIN runs academies; EXPERT hosts consultations and reviews. */
export type GlobalRole =
  | 'ADMIN'
  | 'EXPERT';

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

export type ManagementCommitmentInput = {
  /** YYYY-MM-DD */
  approvedOn?: string | null | undefined;
  approverName?: string | null | undefined;
  approverTitle?: string | null | undefined;
};

/** CONTACT manages the organisation and its members; MEMBER takes part. */
export type MembershipRole =
  | 'CONTACT'
  | 'MEMBER';

export type OrganisationFactsInput = {
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  employees?: number | null | undefined;
};

export type OrganisationType =
  | 'IN_HOUSE_COMPANY'
  | 'JOINT_MUNICIPAL_AUTHORITY'
  | 'MUNICIPALITY'
  | 'OTHER_CONTRACTING_ENTITY'
  | 'PARISH'
  | 'STATE_AGENCY'
  | 'WELLBEING_SERVICES_COUNTY';

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

export type RemoveMemberInput = {
  organisationId: string | number;
  userId: string | number;
};

export type RequestSignInInput = {
  email: string;
  /** Language of the sign-in e-mail. */
  locale: Locale;
};

export type SaveApplicationDraftInput = {
  academyId: string | number;
  /** Attestations by criterion id: { "<id>": true }. At most 64 KB as JSON. */
  attestations?: unknown;
  consents?: ConsentsInput | null | undefined;
  /** Answers to custom questions by criterion id. At most 64 KB as JSON, 5,000 characters per answer. */
  customAnswers?: unknown;
  /** The version you edited; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  groundwork?: GroundworkInput | null | undefined;
  managementCommitment?: ManagementCommitmentInput | null | undefined;
  organisationFacts?: OrganisationFactsInput | null | undefined;
  organisationId: string | number;
  pilotProcurement?: PilotProcurementInput | null | undefined;
  team?: TeamInput | null | undefined;
};

/** How `signIn` hands over the session: a Bearer token, or an HttpOnly cookie. */
export type SessionTransport =
  | 'BEARER'
  | 'COOKIE';

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

export type TeamInput = {
  experts?: Array<PersonInput> | null | undefined;
  responsiblePerson?: PersonInput | null | undefined;
};

export type UpdateMeInput = {
  /** Language of e-mails and messages. */
  locale?: Locale | null | undefined;
  name?: string | null | undefined;
};

export type AcademyListQueryVariables = Exact<{ [key: string]: never; }>;


export type AcademyListQuery = { academies: Array<{ id: string, slug: string, status: AcademyStatus, title: { text: string }, dates: { applicationDeadline: { text: string, timeZone: string } } }> };

export type AcademyPageQueryVariables = Exact<{
  slug: string;
}>;


export type AcademyPageQuery = { academy: { id: string, slug: string, status: AcademyStatus, timeZone: string, title: { text: string }, description: { text: string }, dates: { applicationOpensAt: { text: string }, applicationDeadline: { text: string }, consultationBookingDeadline: { text: string }, selectionAnnouncementAt: { text: string } }, eligibilityCriteria: Array<{ id: string, severity: CriterionSeverity, label: { text: string }, help: { text: string } }>, events: Array<{ id: string, kind: EventKind, mode: EventMode, status: EventStatus, place: string | null, title: { text: string }, description: { text: string }, start: { text: string, instant: string }, end: { text: string } }> } | null };

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

export type OrganisationListPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationListPageQuery = { myMemberships: Array<{ id: string, role: MembershipRole, organisation: { id: string, name: string, businessId: string, type: OrganisationType } }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string } };

export type OrganisationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, businessId: string, type: OrganisationType, region: string | null, members: Array<{ id: string, role: MembershipRole, user: { id: string, email: string, name: string | null } }> } };

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
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage($id: ID!) {
  organisation(id: $id) {
    id
    name
    businessId
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