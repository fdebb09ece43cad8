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

/** HARD blocks submission; SOFT flags for discussion. */
export type CriterionSeverity =
  | 'HARD'
  | 'SOFT';

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

/** A language Akatemia speaks: Finnish (fi), Swedish (sv), English (en). */
export type Locale =
  | 'en'
  | 'fi'
  | 'sv';

export type RequestSignInInput = {
  email: string;
  /** Language of the sign-in e-mail. */
  locale: Locale;
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