/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AcademyList {\n    academies {\n      id\n      slug\n      status\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.AcademyListDocument,
    "\n  query AcademyPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      description {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n        consultationBookingDeadline {\n          text\n        }\n        selectionAnnouncementAt {\n          text\n        }\n      }\n      eligibilityCriteria {\n        id\n        severity\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n    }\n  }\n": typeof types.AcademyPageDocument,
    "\n  query CalendarFeedPage {\n    myCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": typeof types.CalendarFeedPageDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation UpdateProfile($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      status\n      email\n      maskedEmail\n    }\n  }\n": typeof types.SignInLinkDocument,
    "\n  mutation RequestSignIn($input: RequestSignInInput!) {\n    requestSignIn(input: $input)\n  }\n": typeof types.RequestSignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
};
const documents: Documents = {
    "\n  query AcademyList {\n    academies {\n      id\n      slug\n      status\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          timeZone\n        }\n      }\n    }\n  }\n": types.AcademyListDocument,
    "\n  query AcademyPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      description {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n        consultationBookingDeadline {\n          text\n        }\n        selectionAnnouncementAt {\n          text\n        }\n      }\n      eligibilityCriteria {\n        id\n        severity\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n    }\n  }\n": types.AcademyPageDocument,
    "\n  query CalendarFeedPage {\n    myCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": types.CalendarFeedPageDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation UpdateProfile($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      status\n      email\n      maskedEmail\n    }\n  }\n": types.SignInLinkDocument,
    "\n  mutation RequestSignIn($input: RequestSignInInput!) {\n    requestSignIn(input: $input)\n  }\n": types.RequestSignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLanguageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyList {\n    academies {\n      id\n      slug\n      status\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          timeZone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcademyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      description {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n        consultationBookingDeadline {\n          text\n        }\n        selectionAnnouncementAt {\n          text\n        }\n      }\n      eligibilityCriteria {\n        id\n        severity\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcademyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeedPage {\n    myCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n"): typeof import('./graphql').CalendarFeedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n"): typeof import('./graphql').RotateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      status\n      email\n      maskedEmail\n    }\n  }\n"): typeof import('./graphql').SignInLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignIn($input: RequestSignInInput!) {\n    requestSignIn(input: $input)\n  }\n"): typeof import('./graphql').RequestSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      roles\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n"): typeof import('./graphql').UpdateMyLanguageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
