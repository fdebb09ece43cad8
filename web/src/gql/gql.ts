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
    "\n  mutation SubmitApplication($input: ApplicationIdInput!) {\n    submitApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation WithdrawApplication($input: ApplicationIdInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query ApplicationPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          instant\n          timeZone\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      answerChoices {\n        pilotCategories\n        teamRoles\n        groundworkProgrammes\n      }\n    }\n    myMemberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n": typeof types.ApplicationPageDocument,
    "\n  query MyApplicationsPage {\n    myApplications {\n      id\n      academyId\n      status\n      submittedAt\n      organisation {\n        id\n        name\n      }\n      deadline {\n        text\n      }\n      completeness {\n        complete\n      }\n    }\n    academies {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n": typeof types.MyApplicationsPageDocument,
    "\n  fragment ApplicationEditorFields on Application {\n    id\n    version\n    status\n    answers\n    submittedAt\n    updatedAt\n    deadline {\n      text\n      instant\n      timeZone\n    }\n    eligibility {\n      criterionId\n      outcome\n      explanation\n    }\n    completeness {\n      submitted\n      consultationBooked\n      complete\n      missing\n    }\n  }\n": typeof types.ApplicationEditorFieldsFragmentDoc,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.SaveApplicationDraftDocument,
    "\n  query ApplicationLatest($id: ID!) {\n    application(id: $id) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.ApplicationLatestDocument,
    "\n  query OrganisationListPage {\n    myMemberships {\n      id\n      role\n      organisation {\n        id\n        name\n        businessId\n        type\n      }\n    }\n  }\n": typeof types.OrganisationListPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      businessId\n      type\n      region\n      members {\n        id\n        role\n        user {\n          id\n          email\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
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
    "\n  mutation SubmitApplication($input: ApplicationIdInput!) {\n    submitApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation WithdrawApplication($input: ApplicationIdInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query ApplicationPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          instant\n          timeZone\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      answerChoices {\n        pilotCategories\n        teamRoles\n        groundworkProgrammes\n      }\n    }\n    myMemberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n": types.ApplicationPageDocument,
    "\n  query MyApplicationsPage {\n    myApplications {\n      id\n      academyId\n      status\n      submittedAt\n      organisation {\n        id\n        name\n      }\n      deadline {\n        text\n      }\n      completeness {\n        complete\n      }\n    }\n    academies {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n": types.MyApplicationsPageDocument,
    "\n  fragment ApplicationEditorFields on Application {\n    id\n    version\n    status\n    answers\n    submittedAt\n    updatedAt\n    deadline {\n      text\n      instant\n      timeZone\n    }\n    eligibility {\n      criterionId\n      outcome\n      explanation\n    }\n    completeness {\n      submitted\n      consultationBooked\n      complete\n      missing\n    }\n  }\n": types.ApplicationEditorFieldsFragmentDoc,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.SaveApplicationDraftDocument,
    "\n  query ApplicationLatest($id: ID!) {\n    application(id: $id) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.ApplicationLatestDocument,
    "\n  query OrganisationListPage {\n    myMemberships {\n      id\n      role\n      organisation {\n        id\n        name\n        businessId\n        type\n      }\n    }\n  }\n": types.OrganisationListPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      businessId\n      type\n      region\n      members {\n        id\n        role\n        user {\n          id\n          email\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
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
export function graphql(source: "\n  mutation SubmitApplication($input: ApplicationIdInput!) {\n    submitApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n"): typeof import('./graphql').SubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($input: ApplicationIdInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n"): typeof import('./graphql').WithdrawApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          instant\n          timeZone\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      answerChoices {\n        pilotCategories\n        teamRoles\n        groundworkProgrammes\n      }\n    }\n    myMemberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n"): typeof import('./graphql').ApplicationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplicationsPage {\n    myApplications {\n      id\n      academyId\n      status\n      submittedAt\n      organisation {\n        id\n        name\n      }\n      deadline {\n        text\n      }\n      completeness {\n        complete\n      }\n    }\n    academies {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MyApplicationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationEditorFields on Application {\n    id\n    version\n    status\n    answers\n    submittedAt\n    updatedAt\n    deadline {\n      text\n      instant\n      timeZone\n    }\n    eligibility {\n      criterionId\n      outcome\n      explanation\n    }\n    completeness {\n      submitted\n      consultationBooked\n      complete\n      missing\n    }\n  }\n"): typeof import('./graphql').ApplicationEditorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n"): typeof import('./graphql').SaveApplicationDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationLatest($id: ID!) {\n    application(id: $id) {\n      ...ApplicationEditorFields\n    }\n  }\n"): typeof import('./graphql').ApplicationLatestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationListPage {\n    myMemberships {\n      id\n      role\n      organisation {\n        id\n        name\n        businessId\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      businessId\n      type\n      region\n      members {\n        id\n        role\n        user {\n          id\n          email\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
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
