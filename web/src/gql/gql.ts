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
    "\n  query ConsultationBookingPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          text\n          zoneName\n        }\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        name\n      }\n    }\n    myConsultations {\n      id\n      applicationId\n      status\n      slot {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        onlineUrl\n      }\n      expert {\n        name\n        email\n      }\n    }\n  }\n": typeof types.ConsultationBookingPageDocument,
    "\n  query ConsultationFreeSlots($academyId: ID!) {\n    consultationSlots(academyId: $academyId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      expert {\n        name\n        email\n      }\n    }\n  }\n": typeof types.ConsultationFreeSlotsDocument,
    "\n  mutation BookConsultationFromPage($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.BookConsultationFromPageDocument,
    "\n  mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.RescheduleConsultationFromPageDocument,
    "\n  mutation CancelConsultationFromPage($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelConsultationFromPageDocument,
    "\n  query ExpertSlotsPage {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n": typeof types.ExpertSlotsPageDocument,
    "\n  query MyExpertSlots($academyId: ID!, $expertId: ID!) {\n    consultationSlots(academyId: $academyId, expertId: $expertId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      onlineUrl\n      booking {\n        id\n        organisationName\n        notes\n        bookedBy {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.MyExpertSlotsDocument,
    "\n  query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {\n    consultationSlotPreview(input: $input) {\n      startsAt\n      endsAt\n      overlapsOwnSlot\n    }\n  }\n": typeof types.ConsultationSlotPreviewDocument,
    "\n  mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {\n    publishConsultationSlots(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.PublishConsultationSlotsFromPageDocument,
    "\n  mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {\n    withdrawConsultationSlot(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawConsultationSlotFromPageDocument,
    "\n  mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {\n    updateConsultationSlot(input: $input) {\n      id\n      mode\n      place\n      onlineUrl\n    }\n  }\n": typeof types.UpdateConsultationSlotFromPageDocument,
    "\n  mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {\n    recordConsultationNotes(input: $input) {\n      id\n      notes\n    }\n  }\n": typeof types.RecordConsultationNotesFromPageDocument,
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
    "\n  query ConsultationBookingPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          text\n          zoneName\n        }\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        name\n      }\n    }\n    myConsultations {\n      id\n      applicationId\n      status\n      slot {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        onlineUrl\n      }\n      expert {\n        name\n        email\n      }\n    }\n  }\n": types.ConsultationBookingPageDocument,
    "\n  query ConsultationFreeSlots($academyId: ID!) {\n    consultationSlots(academyId: $academyId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      expert {\n        name\n        email\n      }\n    }\n  }\n": types.ConsultationFreeSlotsDocument,
    "\n  mutation BookConsultationFromPage($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      id\n    }\n  }\n": types.BookConsultationFromPageDocument,
    "\n  mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n": types.RescheduleConsultationFromPageDocument,
    "\n  mutation CancelConsultationFromPage($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelConsultationFromPageDocument,
    "\n  query ExpertSlotsPage {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n": types.ExpertSlotsPageDocument,
    "\n  query MyExpertSlots($academyId: ID!, $expertId: ID!) {\n    consultationSlots(academyId: $academyId, expertId: $expertId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      onlineUrl\n      booking {\n        id\n        organisationName\n        notes\n        bookedBy {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.MyExpertSlotsDocument,
    "\n  query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {\n    consultationSlotPreview(input: $input) {\n      startsAt\n      endsAt\n      overlapsOwnSlot\n    }\n  }\n": types.ConsultationSlotPreviewDocument,
    "\n  mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {\n    publishConsultationSlots(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": types.PublishConsultationSlotsFromPageDocument,
    "\n  mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {\n    withdrawConsultationSlot(input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawConsultationSlotFromPageDocument,
    "\n  mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {\n    updateConsultationSlot(input: $input) {\n      id\n      mode\n      place\n      onlineUrl\n    }\n  }\n": types.UpdateConsultationSlotFromPageDocument,
    "\n  mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {\n    recordConsultationNotes(input: $input) {\n      id\n      notes\n    }\n  }\n": types.RecordConsultationNotesFromPageDocument,
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
export function graphql(source: "\n  query ConsultationBookingPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          text\n          zoneName\n        }\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        name\n      }\n    }\n    myConsultations {\n      id\n      applicationId\n      status\n      slot {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        onlineUrl\n      }\n      expert {\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationBookingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationFreeSlots($academyId: ID!) {\n    consultationSlots(academyId: $academyId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      expert {\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ConsultationFreeSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookConsultationFromPage($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BookConsultationFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RescheduleConsultationFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelConsultationFromPage($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelConsultationFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertSlotsPage {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExpertSlotsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExpertSlots($academyId: ID!, $expertId: ID!) {\n    consultationSlots(academyId: $academyId, expertId: $expertId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      onlineUrl\n      booking {\n        id\n        organisationName\n        notes\n        bookedBy {\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyExpertSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {\n    consultationSlotPreview(input: $input) {\n      startsAt\n      endsAt\n      overlapsOwnSlot\n    }\n  }\n"): typeof import('./graphql').ConsultationSlotPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {\n    publishConsultationSlots(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').PublishConsultationSlotsFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {\n    withdrawConsultationSlot(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawConsultationSlotFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {\n    updateConsultationSlot(input: $input) {\n      id\n      mode\n      place\n      onlineUrl\n    }\n  }\n"): typeof import('./graphql').UpdateConsultationSlotFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {\n    recordConsultationNotes(input: $input) {\n      id\n      notes\n    }\n  }\n"): typeof import('./graphql').RecordConsultationNotesFromPageDocument;
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
