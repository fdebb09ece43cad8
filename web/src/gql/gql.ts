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
    "\n  query AcademyPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      enrolment\n      timeZone\n      title {\n        text\n      }\n      description {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n        consultationBookingDeadline {\n          text\n        }\n        selectionAnnouncementAt {\n          text\n        }\n      }\n      eligibilityCriteria {\n        id\n        severity\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n    }\n  }\n": typeof types.AcademyPageDocument,
    "\n  query AdminAcademies {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n        }\n      }\n    }\n  }\n": typeof types.AdminAcademiesDocument,
    "\n  query AdminApplications(\n    $academyId: ID!\n    $status: ApplicationStatus\n    $complete: Boolean\n    $eligibility: EligibilityOutcome\n    $organisationType: OrganisationType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    applications(\n      academyId: $academyId\n      status: $status\n      complete: $complete\n      eligibility: $eligibility\n      organisationType: $organisationType\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        id\n        status\n        organisation {\n          id\n          name\n          businessId\n          type\n        }\n        completeness {\n          complete\n          missing\n        }\n        eligibility {\n          outcome\n        }\n        deadline {\n          text\n        }\n      }\n    }\n  }\n": typeof types.AdminApplicationsDocument,
    "\n  mutation AdminGrantDeadlineExtension($input: GrantDeadlineExtensionInput!) {\n    grantDeadlineExtension(input: $input) {\n      applicationId\n      until\n    }\n  }\n": typeof types.AdminGrantDeadlineExtensionDocument,
    "\n  query AdminAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      theme\n      status\n      timeZone\n      capacity\n      reserveResponseDays\n      teamSizeLimit\n      eventReminderMinutes\n      publicOutcomes\n      enrolment\n      signUpTerms {\n        fi\n        sv\n        en\n      }\n      title {\n        text\n        fi\n        sv\n        en\n      }\n      description {\n        fi\n        sv\n        en\n      }\n      dates {\n        applicationOpensAt {\n          local\n        }\n        applicationDeadline {\n          local\n        }\n        consultationBookingDeadline {\n          local\n        }\n        selectionAnnouncementAt {\n          local\n        }\n        confirmationDeadline {\n          local\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          fi\n          sv\n          en\n        }\n        help {\n          fi\n          sv\n          en\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        onlineUrl\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        start {\n          text\n          local\n        }\n        end {\n          text\n          local\n        }\n      }\n    }\n  }\n": typeof types.AdminAcademyDocument,
    "\n  mutation AdminUpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AdminUpdateAcademyDocument,
    "\n  mutation AdminPublishAcademy($input: AcademyIdInput!) {\n    publishAcademy(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdminPublishAcademyDocument,
    "\n  mutation AdminArchiveAcademy($input: AcademyIdInput!) {\n    archiveAcademy(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdminArchiveAcademyDocument,
    "\n  mutation AdminEndProgramme($input: EndProgrammeInput!) {\n    endProgramme(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdminEndProgrammeDocument,
    "\n  mutation AdminCreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateAcademyDocument,
    "\n  mutation AdminSetEligibilityCriteria($input: SetEligibilityCriteriaInput!) {\n    setEligibilityCriteria(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminSetEligibilityCriteriaDocument,
    "\n  mutation AdminPlanMeetingSeries($input: PlanMeetingSeriesInput!) {\n    planMeetingSeries(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminPlanMeetingSeriesDocument,
    "\n  query AdminProgrammePage($academyId: ID!) {\n    programmePageOf(academyId: $academyId) {\n      academyId\n      slug\n      duration {\n        startDate\n        endDate\n      }\n      budget {\n        amount\n        currency\n      }\n      fundingSources {\n        name {\n          fi\n          sv\n          en\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      partners {\n        name\n        url\n        role {\n          fi\n          sv\n          en\n        }\n      }\n    }\n  }\n": typeof types.AdminProgrammePageDocument,
    "\n  mutation AdminSetProgrammeDuration($input: SetProgrammeDurationInput!) {\n    setProgrammeDuration(input: $input) {\n      academyId\n    }\n  }\n": typeof types.AdminSetProgrammeDurationDocument,
    "\n  mutation AdminSetProgrammeBudget($input: SetProgrammeBudgetInput!) {\n    setProgrammeBudget(input: $input) {\n      academyId\n    }\n  }\n": typeof types.AdminSetProgrammeBudgetDocument,
    "\n  mutation AdminSetProgrammePartners($input: SetProgrammePartnersInput!) {\n    setProgrammePartners(input: $input) {\n      academyId\n    }\n  }\n": typeof types.AdminSetProgrammePartnersDocument,
    "\n  query AdminRoleHolders($role: GlobalRole!, $offset: Int!) {\n    users(role: $role, limit: 100, offset: $offset) {\n      total\n      items {\n        id\n        email\n        name\n        roles\n      }\n    }\n  }\n": typeof types.AdminRoleHoldersDocument,
    "\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      email\n      roles\n    }\n  }\n": typeof types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      email\n      roles\n    }\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  mutation AdminScheduleEvent($input: ScheduleEventInput!) {\n    scheduleEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminScheduleEventDocument,
    "\n  mutation AdminUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateEventDocument,
    "\n  mutation AdminRescheduleEvent($input: RescheduleEventInput!) {\n    rescheduleEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminRescheduleEventDocument,
    "\n  mutation AdminCancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCancelEventDocument,
    "\n  query AdminAcademyRefs {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n": typeof types.AdminAcademyRefsDocument,
    "\n  query AlumniAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n      events {\n        id\n        kind\n        audience\n        status\n        mode\n        place\n        onlineUrl\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n        end {\n          text\n        }\n      }\n    }\n    myAlumniAcademies {\n      id\n    }\n  }\n": typeof types.AlumniAcademyDocument,
    "\n  mutation SubmitApplication($input: ApplicationIdInput!) {\n    submitApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation WithdrawApplication($input: ApplicationIdInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query ApplicationPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          instant\n          timeZone\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      answerChoices {\n        pilotCategories\n        teamRoles\n        groundworkProgrammes\n      }\n    }\n    myMemberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n": typeof types.ApplicationPageDocument,
    "\n  query MyApplicationsPage {\n    myApplications {\n      id\n      academyId\n      status\n      submittedAt\n      organisation {\n        id\n        name\n      }\n      deadline {\n        text\n      }\n      completeness {\n        complete\n      }\n    }\n    academies {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n": typeof types.MyApplicationsPageDocument,
    "\n  fragment ApplicationEditorFields on Application {\n    id\n    version\n    status\n    answers\n    submittedAt\n    updatedAt\n    deadline {\n      text\n      instant\n      timeZone\n    }\n    eligibility {\n      criterionId\n      outcome\n      explanation\n    }\n    completeness {\n      submitted\n      consultationBooked\n      complete\n      missing\n    }\n  }\n": typeof types.ApplicationEditorFieldsFragmentDoc,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.SaveApplicationDraftDocument,
    "\n  query ApplicationLatest($id: ID!) {\n    application(id: $id) {\n      ...ApplicationEditorFields\n    }\n  }\n": typeof types.ApplicationLatestDocument,
    "\n  query ApplicationMine {\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n": typeof types.ApplicationMineDocument,
    "\n  query AcademyAttendance($academyId: ID!) {\n    academyAttendance(academyId: $academyId) {\n      eventsRecorded\n      eventsAttended\n      organisation {\n        id\n        name\n      }\n      participants {\n        attended\n        participant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AcademyAttendanceDocument,
    "\n  query AttendanceSheet($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      attendedCount\n      event {\n        id\n        status\n        title {\n          text\n        }\n        start {\n          text\n        }\n      }\n      rows {\n        attended\n        participant {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AttendanceSheetDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      attendedCount\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  query MyAttendanceAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n": typeof types.MyAttendanceAcademyDocument,
    "\n  query MyAttendanceTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAttendanceTeamsDocument,
    "\n  query MyAttendanceSummary($academyId: ID!, $organisationId: ID!) {\n    attendanceSummary(academyId: $academyId, organisationId: $organisationId) {\n      eventsRecorded\n      eventsAttended\n      organisation {\n        id\n        name\n      }\n      events {\n        attended\n        event {\n          id\n          title {\n            text\n          }\n          start {\n            text\n          }\n        }\n      }\n      participants {\n        attended\n        participant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyAttendanceSummaryDocument,
    "\n  query SelectionBoardPage($academyId: ID!, $rankBy: BoardRanking!) {\n    selectionBoard(academyId: $academyId, rankBy: $rankBy) {\n      rows {\n        rank\n        application {\n          id\n        }\n        organisation {\n          name\n          type\n          region\n        }\n        reviews {\n          reviewId\n          reviewer {\n            name\n            email\n          }\n          status\n          weightedTotal\n        }\n        aggregate {\n          count\n          mean\n          median\n          stdDev\n          accept\n          reserve\n          reject\n        }\n        flags {\n          noConsultation\n          ineligible\n          missingReviews\n        }\n        decision {\n          outcome\n          reserveRank\n        }\n      }\n      balance {\n        accepted\n        reserve\n        rejected\n        capacity\n        byOrganisationType {\n          key\n          count\n        }\n        byRegion {\n          key\n          count\n        }\n        byPilotCategory {\n          key\n          count\n        }\n      }\n    }\n  }\n": typeof types.SelectionBoardPageDocument,
    "\n  query CohortPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": typeof types.CohortPageAcademyDocument,
    "\n  query CohortPage($academyId: ID!) {\n    cohort(academyId: $academyId) {\n      organisations {\n        organisation {\n          id\n          name\n        }\n        participants {\n          id\n          name\n          email\n          role\n          teamRole\n        }\n      }\n    }\n  }\n": typeof types.CohortPageDocument,
    "\n  query ConsultationBookingPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          text\n          zoneName\n        }\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        name\n      }\n    }\n    myConsultations {\n      id\n      applicationId\n      status\n      slot {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        onlineUrl\n      }\n      expert {\n        name\n        email\n      }\n    }\n  }\n": typeof types.ConsultationBookingPageDocument,
    "\n  query ConsultationFreeSlots($academyId: ID!) {\n    consultationSlots(academyId: $academyId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      expert {\n        name\n        email\n      }\n    }\n  }\n": typeof types.ConsultationFreeSlotsDocument,
    "\n  mutation BookConsultationFromPage($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.BookConsultationFromPageDocument,
    "\n  mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.RescheduleConsultationFromPageDocument,
    "\n  mutation CancelConsultationFromPage($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelConsultationFromPageDocument,
    "\n  query ExpertSlotsPage {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n": typeof types.ExpertSlotsPageDocument,
    "\n  query ExpertSlotRounds($academyId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      titleFi\n      titleSv\n      titleEn\n    }\n  }\n": typeof types.ExpertSlotRoundsDocument,
    "\n  query MyExpertSlots($academyId: ID!, $expertId: ID!, $roundId: ID) {\n    consultationSlots(academyId: $academyId, expertId: $expertId, roundId: $roundId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      onlineUrl\n      booking {\n        id\n        organisationName\n        notes\n        bookedBy {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.MyExpertSlotsDocument,
    "\n  query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {\n    consultationSlotPreview(input: $input) {\n      startsAt\n      endsAt\n      overlapsOwnSlot\n    }\n  }\n": typeof types.ConsultationSlotPreviewDocument,
    "\n  mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {\n    publishConsultationSlots(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.PublishConsultationSlotsFromPageDocument,
    "\n  mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {\n    withdrawConsultationSlot(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawConsultationSlotFromPageDocument,
    "\n  mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {\n    updateConsultationSlot(input: $input) {\n      id\n      mode\n      place\n      onlineUrl\n    }\n  }\n": typeof types.UpdateConsultationSlotFromPageDocument,
    "\n  mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {\n    recordConsultationNotes(input: $input) {\n      id\n      notes\n    }\n  }\n": typeof types.RecordConsultationNotesFromPageDocument,
    "\n  query AdminDecisions($academyId: ID!, $slug: String!) {\n    applications(academyId: $academyId, status: SUBMITTED, limit: 100, offset: 0) {\n      total\n      items {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    academy(slug: $slug) {\n      id\n      stagedDecisions {\n        applicationId\n        outcome\n        reserveRank\n        note\n      }\n      selectionReadiness {\n        ready\n        submitted\n        accepted\n        reserve\n        rejected\n        capacity\n        problems {\n          problem\n          applicationId\n          accepted\n          capacity\n          ranks\n          deadline {\n            text\n          }\n        }\n      }\n      selectionRelease {\n        releaseAt {\n          text\n        }\n        releasedAt\n        scheduled\n        overdue\n      }\n    }\n  }\n": typeof types.AdminDecisionsDocument,
    "\n  mutation AdminStageDecision($input: StageDecisionInput!) {\n    stageDecision(input: $input) {\n      applicationId\n      outcome\n      reserveRank\n    }\n  }\n": typeof types.AdminStageDecisionDocument,
    "\n  mutation AdminPublishSelection($input: PublishSelectionInput!) {\n    publishSelection(input: $input) {\n      releasedAt\n      scheduled\n    }\n  }\n": typeof types.AdminPublishSelectionDocument,
    "\n  query NextEditionPreview($input: NextEditionPreviewInput!) {\n    nextEditionPreview(input: $input) {\n      years\n      days\n      nonexistentCount\n      times {\n        kind\n        id\n        label\n        field\n        local\n        leapDayMoved\n        from {\n          text\n        }\n        to {\n          text\n        }\n      }\n    }\n  }\n": typeof types.NextEditionPreviewDocument,
    "\n  mutation CreateNextEdition($input: CreateNextEditionInput!) {\n    createNextEdition(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateNextEditionDocument,
    "\n  query SignUpPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      enrolment\n      title {\n        text\n      }\n      signUpTerms {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n      }\n    }\n  }\n": typeof types.SignUpPageAcademyDocument,
    "\n  query SignUpPageOrganisations($academyId: ID!) {\n    myMemberships {\n      role\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    mySignUps(academyId: $academyId) {\n      id\n      signedUpAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpPageOrganisationsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query CohortPilotsPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": typeof types.CohortPilotsPageAcademyDocument,
    "\n  query CohortPilotsPage($academyId: ID!) {\n    cohortPilotSummaries(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      title {\n        text\n      }\n      stage\n      published\n      measures {\n        key\n        label {\n          text\n        }\n        status\n        criterionText\n      }\n      metrics {\n        name\n        unit\n        baseline\n        target\n        latestValue\n        latestMeasuredOn\n        progress\n      }\n    }\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortPilotsPageDocument,
    "\n  query CohortPilotsOwnSharing($academyId: ID!, $organisationId: ID!) {\n    pilot(academyId: $academyId, organisationId: $organisationId) {\n      id\n      sharing {\n        consent\n      }\n    }\n  }\n": typeof types.CohortPilotsOwnSharingDocument,
    "\n  query CohortProgressPage($academyId: ID!) {\n    cohortProgress(academyId: $academyId) {\n      trackedActionId\n      organisationId\n      organisationName\n      title {\n        text\n      }\n      stage\n      declaredOnSchedule\n      derivedBehind\n      onSchedule\n      overdueTaskCount\n      lastUpdateAt\n      measuresApplied\n      appliedMeasureKeys\n    }\n    circularMeasures(academyId: $academyId) {\n      key\n      label {\n        text\n      }\n    }\n  }\n": typeof types.CohortProgressPageDocument,
    "\n  query FollowUpLinksTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.FollowUpLinksTeamsDocument,
    "\n  query FollowUpSettingsSection($academyId: ID!) {\n    followUpSettings(academyId: $academyId) {\n      academyId\n      checkInCadence\n      taskReminderDays\n    }\n  }\n": typeof types.FollowUpSettingsSectionDocument,
    "\n  mutation SetFollowUpSettingsSection($input: SetFollowUpSettingsInput!) {\n    setFollowUpSettings(input: $input) {\n      academyId\n      checkInCadence\n      taskReminderDays\n    }\n  }\n": typeof types.SetFollowUpSettingsSectionDocument,
    "\n  query PilotMeasureCatalogue($academyId: ID!) {\n    circularMeasures(academyId: $academyId) {\n      id\n      key\n      label {\n        text\n      }\n      takesCriterionText\n    }\n  }\n": typeof types.PilotMeasureCatalogueDocument,
    "\n  mutation PilotSetMeasure($input: SetTrackedActionMeasureInput!) {\n    setTrackedActionMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.PilotSetMeasureDocument,
    "\n  mutation PilotAddMetric($input: AddMetricInput!) {\n    addMetric(input: $input) {\n      id\n    }\n  }\n": typeof types.PilotAddMetricDocument,
    "\n  mutation PilotRecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n    }\n  }\n": typeof types.PilotRecordMeasurementDocument,
    "\n  mutation PilotSetPublished($id: ID!, $published: Boolean!) {\n    setPilotPublished(trackedActionId: $id, published: $published) {\n      id\n    }\n  }\n": typeof types.PilotSetPublishedDocument,
    "\n  mutation PilotWriteUpdate($input: WriteProgressUpdateInput!) {\n    writeProgressUpdate(input: $input) {\n      id\n      stage\n    }\n  }\n": typeof types.PilotWriteUpdateDocument,
    "\n  mutation PilotCommentUpdate($input: CommentProgressUpdateInput!) {\n    commentProgressUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.PilotCommentUpdateDocument,
    "\n  query PilotPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n": typeof types.PilotPageAcademyDocument,
    "\n  query PilotPageTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PilotPageTeamsDocument,
    "\n  query PilotPage($academyId: ID!, $organisationId: ID!) {\n    pilot(academyId: $academyId, organisationId: $organisationId) {\n      id\n      organisationName\n      title {\n        text\n      }\n      description {\n        text\n      }\n      category\n      stage\n      declaredOnSchedule\n      derivedBehind\n      onSchedule\n      overdueTaskCount\n      canEdit\n      milestones {\n        id\n        title {\n          text\n        }\n        plannedDate\n        doneAt\n        overdue\n      }\n      tasks {\n        id\n        title\n        owner {\n          name\n        }\n        dueDate\n        doneAt\n        overdue\n      }\n      measures {\n        status\n        note\n        criterionText\n        measure {\n          id\n        }\n      }\n      metrics {\n        id\n        name\n        unit\n        baseline\n        target\n        progress\n        latest {\n          measuredOn\n          value\n        }\n        measurements {\n          measuredOn\n          value\n        }\n      }\n      sharing {\n        consent\n        published\n      }\n      updates {\n        id\n        body\n        authorName\n        writtenAt\n        stageChange {\n          fromStage\n          toStage\n        }\n        comments {\n          id\n          body\n          authorName\n          writtenAt\n        }\n      }\n    }\n  }\n": typeof types.PilotPageDocument,
    "\n  mutation PilotSetSchedule($input: SetDeclaredOnScheduleInput!) {\n    setDeclaredOnSchedule(input: $input) {\n      id\n      declaredOnSchedule\n    }\n  }\n": typeof types.PilotSetScheduleDocument,
    "\n  mutation PilotAddTask($input: AddTaskInput!) {\n    addTrackedActionTask(input: $input) {\n      id\n    }\n  }\n": typeof types.PilotAddTaskDocument,
    "\n  mutation PilotCompleteTask($input: TaskIdInput!) {\n    completeTrackedActionTask(input: $input) {\n      id\n    }\n  }\n": typeof types.PilotCompleteTaskDocument,
    "\n  query PublicResultsPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n    publicResults(academySlug: $slug) {\n      organisationName\n      title {\n        text\n      }\n      stage\n      measuresApplied {\n        key\n        label {\n          text\n        }\n      }\n      metrics {\n        name\n        unit\n        baseline\n        target\n        latestValue\n        latestMeasuredOn\n        progress\n      }\n      outcomeReport {\n        procured\n        criteriaText\n        lessons\n        measuresUsed {\n          key\n          label {\n            text\n          }\n        }\n        finalMetrics {\n          name\n          unit\n          baseline\n          target\n          finalValue\n          targetMet\n        }\n      }\n    }\n  }\n": typeof types.PublicResultsPageDocument,
    "\n  query DecisionPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      title {\n        text\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        id\n        name\n      }\n      offer {\n        id\n        status\n        seatNo\n        fromReserve\n        respondedAt\n        respondBy {\n          text\n          zoneName\n        }\n      }\n      reservePosition\n    }\n  }\n": typeof types.DecisionPageDocument,
    "\n  mutation ConfirmParticipationFromPage($input: ConfirmParticipationInput!) {\n    confirmParticipation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConfirmParticipationFromPageDocument,
    "\n  mutation DeclineParticipationFromPage($input: DeclineParticipationInput!) {\n    declineParticipation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineParticipationFromPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query OrganisationListPage {\n    myMemberships {\n      id\n      role\n      organisation {\n        id\n        name\n        businessId\n        type\n      }\n    }\n  }\n": typeof types.OrganisationListPageDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      businessId\n      associationRegisterNumber\n      type\n      region\n      members {\n        id\n        role\n        user {\n          id\n          email\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query OutcomeReportAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": typeof types.OutcomeReportAcademyDocument,
    "\n  query OutcomeReportPage($academyId: ID!) {\n    circularMeasures(academyId: $academyId) {\n      id\n      key\n      label {\n        text\n      }\n    }\n    myOutcomeReports(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      pilotTitle {\n        text\n      }\n      status\n      dueOn\n      canEdit\n      procured\n      measuresUsed {\n        id\n        key\n        label {\n          text\n        }\n      }\n      criteriaText\n      finalMetrics {\n        metricId\n        name\n        unit\n        baseline\n        target\n        finalValue\n        targetMet\n      }\n      lessons\n      permissionToPublish\n      submittedAt\n      submittedBy\n    }\n  }\n": typeof types.OutcomeReportPageDocument,
    "\n  mutation OutcomeReportSave($input: SaveOutcomeReportInput!) {\n    saveOutcomeReport(input: $input) {\n      trackedActionId\n      status\n    }\n  }\n": typeof types.OutcomeReportSaveDocument,
    "\n  mutation OutcomeReportSubmit($input: SaveOutcomeReportInput!) {\n    submitOutcomeReport(input: $input) {\n      trackedActionId\n      status\n    }\n  }\n": typeof types.OutcomeReportSubmitDocument,
    "\n  query OutcomeReportsPage($academyId: ID!) {\n    followUpSettings(academyId: $academyId) {\n      outcomeReportDueOn\n    }\n    outcomeReports(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      pilotTitle {\n        text\n      }\n      status\n      procured\n      measuresUsed {\n        key\n        label {\n          text\n        }\n      }\n      criteriaText\n      finalMetrics {\n        metricId\n        name\n        unit\n        target\n        finalValue\n        targetMet\n      }\n      lessons\n      permissionToPublish\n      submittedAt\n      submittedBy\n    }\n  }\n": typeof types.OutcomeReportsPageDocument,
    "\n  mutation OutcomeReportsSetDeadline($input: SetOutcomeReportDeadlineInput!) {\n    setOutcomeReportDeadline(input: $input) {\n      outcomeReportDueOn\n    }\n  }\n": typeof types.OutcomeReportsSetDeadlineDocument,
    "\n  query AdminFindPerson($email: String!) {\n    users(email: $email, limit: 1, offset: 0) {\n      items {\n        id\n        email\n        name\n        erasedAt\n      }\n    }\n  }\n": typeof types.AdminFindPersonDocument,
    "\n  mutation AdminEraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      userId\n      pseudonym\n    }\n  }\n": typeof types.AdminEraseUserDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      userId\n      erasedAt\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query MyDataPage {\n    myDataExports {\n      id\n      kind\n      organisationId\n      status\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.MyDataPageDocument,
    "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n    }\n  }\n": typeof types.RequestMyDataExportDocument,
    "\n  mutation RequestOrganisationDataExport($input: RequestOrganisationDataExportInput!) {\n    requestOrganisationDataExport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestOrganisationDataExportDocument,
    "\n  query RetentionSettingsPage($academyId: ID!) {\n    retentionSettings(academyId: $academyId) {\n      kind\n      scope\n      after\n      defaultMonths\n      months\n      legalMinimumMonths\n      overridden\n    }\n  }\n": typeof types.RetentionSettingsPageDocument,
    "\n  query RetentionRunsPage($academyId: ID) {\n    retentionRuns(academyId: $academyId, limit: 10) {\n      id\n      runDate\n      ranAt\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.RetentionRunsPageDocument,
    "\n  mutation RetentionSettingsUpdate($input: UpdateRetentionSettingsInput!) {\n    updateRetentionSettings(input: $input) {\n      kind\n      months\n      legalMinimumMonths\n    }\n  }\n": typeof types.RetentionSettingsUpdateDocument,
    "\n  mutation RetentionLegalMinimumSet($input: SetRetentionLegalMinimumInput!) {\n    setRetentionLegalMinimum(input: $input) {\n      kind\n      months\n      legalMinimumMonths\n    }\n  }\n": typeof types.RetentionLegalMinimumSetDocument,
    "\n  query CalendarFeedPage {\n    myCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": typeof types.CalendarFeedPageDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation UpdateProfile($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query ProgrammePublicPage($slug: String!) {\n    programmePage(slug: $slug) {\n      academyId\n      slug\n      title {\n        text\n      }\n      description {\n        text\n      }\n      timeZone\n      duration {\n        startDate\n        endDate\n        text\n      }\n      budget {\n        amount\n        currency\n        text\n      }\n      fundingSources {\n        name {\n          text\n        }\n        amount {\n          text\n        }\n      }\n      partners {\n        name\n        role {\n          text\n        }\n        url\n      }\n      events {\n        id\n        mode\n        status\n        place\n        title {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n      outcomes {\n        id\n        eventId\n        eventTitle {\n          text\n        }\n        title {\n          text\n        }\n        body {\n          text\n        }\n        links\n      }\n    }\n  }\n": typeof types.ProgrammePublicPageDocument,
    "\n  query RegistrationPanel($eventId: ID!) {\n    eventRegistration(eventId: $eventId) {\n      eventId\n      capacity\n      isOpen\n      event {\n        id\n        status\n      }\n      registeredCount\n      waitlistedCount\n      seatsLeft\n      inAudience\n      closesAt {\n        text\n        zoneName\n      }\n      myRegistration {\n        id\n        status\n        seatNo\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.RegistrationPanelDocument,
    "\n  mutation RegisterForEventFromPanel($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      eventId\n    }\n  }\n": typeof types.RegisterForEventFromPanelDocument,
    "\n  mutation CancelEventRegistrationFromPanel($input: EventRegistrationInput!) {\n    cancelEventRegistration(input: $input) {\n      eventId\n    }\n  }\n": typeof types.CancelEventRegistrationFromPanelDocument,
    "\n  query RegistrationPage($eventId: ID!) {\n    eventRegistration(eventId: $eventId) {\n      eventId\n      event {\n        id\n        title {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n        place\n      }\n    }\n  }\n": typeof types.RegistrationPageDocument,
    "\n  query ReviewAssignmentsPage {\n    myReviewAssignments {\n      id\n      academyId\n      status\n      application {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    myConflictsOfInterest {\n      organisationId\n      organisationName\n      reason\n    }\n    academies {\n      id\n      title {\n        text\n      }\n    }\n  }\n": typeof types.ReviewAssignmentsPageDocument,
    "\n  mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {\n    declareConflictOfInterest(input: $input) {\n      organisationId\n    }\n  }\n": typeof types.DeclareConflictOfInterestDocument,
    "\n  query ReviewPage($id: ID!) {\n    application(id: $id) {\n      id\n      academyId\n      status\n      organisation {\n        id\n        name\n      }\n      eligibility {\n        criterionId\n        outcome\n        explanation\n      }\n      completeness {\n        complete\n        missing\n      }\n      consultation {\n        id\n        notes\n        slot {\n          startsAt\n        }\n      }\n      reviews {\n        id\n        status\n        recommendation\n        comment\n        weightedTotal\n        reviewer {\n          id\n          name\n          email\n        }\n        scores {\n          criterionId\n          score\n        }\n      }\n    }\n    me {\n      id\n    }\n    academies {\n      id\n      title {\n        text\n      }\n      reviewRubric {\n        id\n        position\n        label {\n          text\n        }\n        guidance {\n          text\n        }\n        weight\n        scaleMin\n        scaleMax\n        allowsNotApplicable\n      }\n    }\n  }\n": typeof types.ReviewPageDocument,
    "\n  mutation SaveReview($input: SaveReviewInput!) {\n    saveReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SaveReviewDocument,
    "\n  mutation SubmitReview($input: ReviewApplicationInput!) {\n    submitReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  query ReviewersAssignments($academyId: ID!) {\n    reviewerLoads(academyId: $academyId) {\n      reviewer {\n        id\n        name\n        email\n      }\n      assigned\n      submitted\n    }\n    users(role: EXPERT, limit: 100) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    applications(academyId: $academyId, status: SUBMITTED, limit: 100) {\n      total\n      items {\n        id\n        organisation {\n          name\n        }\n        reviews {\n          id\n          status\n          reviewer {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewersAssignmentsDocument,
    "\n  mutation ReviewersAssignBulk($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      created {\n        id\n      }\n      unfilledApplicationIds\n    }\n  }\n": typeof types.ReviewersAssignBulkDocument,
    "\n  mutation ReviewersAssignOne($input: AssignReviewerInput!) {\n    assignReviewer(input: $input) {\n      id\n    }\n  }\n": typeof types.ReviewersAssignOneDocument,
    "\n  mutation ReviewersUnassignOne($input: AssignReviewerInput!) {\n    unassignReviewer(input: $input)\n  }\n": typeof types.ReviewersUnassignOneDocument,
    "\n  query ReviewersRubric($slug: String!) {\n    academy(slug: $slug) {\n      id\n      reviewRubric {\n        id\n        position\n        weight\n        scaleMin\n        scaleMax\n        allowsNotApplicable\n        label {\n          fi\n          sv\n          en\n          text\n        }\n        guidance {\n          fi\n          sv\n          en\n          text\n        }\n      }\n    }\n  }\n": typeof types.ReviewersRubricDocument,
    "\n  mutation ReviewersSetRubric($input: SetReviewRubricInput!) {\n    setReviewRubric(input: $input) {\n      id\n    }\n  }\n": typeof types.ReviewersSetRubricDocument,
    "\n  query AdminRounds($academyId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      audience\n      bookingsPerOrganisation\n      isOpen\n      titleFi\n      titleSv\n      titleEn\n      opensAt {\n        local\n        text\n        zoneName\n      }\n      closesAt {\n        local\n        text\n        zoneName\n      }\n    }\n  }\n": typeof types.AdminRoundsDocument,
    "\n  mutation AdminOpenAppointmentRound($input: OpenAppointmentRoundInput!) {\n    openAppointmentRound(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminOpenAppointmentRoundDocument,
    "\n  mutation AdminUpdateAppointmentRound($input: UpdateAppointmentRoundInput!) {\n    updateAppointmentRound(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateAppointmentRoundDocument,
    "\n  query SparringAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n": typeof types.SparringAcademyDocument,
    "\n  query SparringTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SparringTeamsDocument,
    "\n  query SparringRounds($academyId: ID!, $organisationId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      isOpen\n      bookingsPerOrganisation\n      titleFi\n      titleSv\n      titleEn\n      opensAt {\n        text\n      }\n      closesAt {\n        text\n      }\n      slots(onlyFree: true) {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        expert {\n          name\n          email\n        }\n      }\n      bookings(organisationId: $organisationId) {\n        id\n        status\n        slot {\n          id\n          startsAt\n          endsAt\n          mode\n          place\n          onlineUrl\n        }\n        expert {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.SparringRoundsDocument,
    "\n  mutation BookSparring($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n    }\n  }\n": typeof types.BookSparringDocument,
    "\n  mutation RescheduleSparring($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.RescheduleSparringDocument,
    "\n  mutation CancelSparring($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelSparringDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      status\n      email\n      maskedEmail\n    }\n  }\n": typeof types.SignInLinkDocument,
    "\n  mutation RequestSignIn($input: RequestSignInInput!) {\n    requestSignIn(input: $input)\n  }\n": typeof types.RequestSignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query AgreedActionsAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n": typeof types.AgreedActionsAcademyDocument,
    "\n  query AgreedActionsTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgreedActionsTeamsDocument,
    "\n  query OrganisationAgreedActions($academyId: ID!, $organisationId: ID!) {\n    agreedActions(academyId: $academyId, organisationId: $organisationId) {\n      id\n      title\n      dueDate\n      bookingId\n      sessionStartsAt\n      owner {\n        participantId\n        name\n        hasLeft\n      }\n    }\n  }\n": typeof types.OrganisationAgreedActionsDocument,
    "\n  mutation SaveAppointmentSummary($input: SaveAppointmentSummaryInput!) {\n    saveAppointmentSummary(input: $input) {\n      bookingId\n    }\n  }\n": typeof types.SaveAppointmentSummaryDocument,
    "\n  mutation AddAgreedAction($input: AddAgreedActionInput!) {\n    addAgreedAction(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddAgreedActionDocument,
    "\n  mutation UpdateAgreedAction($input: UpdateAgreedActionInput!) {\n    updateAgreedAction(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateAgreedActionDocument,
    "\n  mutation RemoveAgreedAction($id: ID!) {\n    removeAgreedAction(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.RemoveAgreedActionDocument,
    "\n  query SparringOutcome($bookingId: ID!) {\n    appointmentOutcome(bookingId: $bookingId) {\n      bookingId\n      academyId\n      organisationId\n      organisationName\n      sessionStartsAt\n      timeZone\n      sessionHeld\n      canEdit\n      summary {\n        summary\n        updatedAt\n      }\n      agreedActions {\n        id\n        title\n        dueDate\n        owner {\n          participantId\n          name\n          hasLeft\n        }\n      }\n      team {\n        participantId\n        name\n      }\n    }\n  }\n": typeof types.SparringOutcomeDocument,
    "\n  query TeamPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": typeof types.TeamPageAcademyDocument,
    "\n  query TeamPage($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      limit\n      canManage\n      organisation {\n        id\n        name\n      }\n      participants {\n        id\n        name\n        email\n        role\n        teamRole\n        hasAccount\n      }\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamParticipantInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation SetTeamResponsiblePerson($input: TeamParticipantInput!) {\n    setTeamResponsiblePerson(input: $input) {\n      id\n    }\n  }\n": typeof types.SetTeamResponsiblePersonDocument,
    "\n  mutation WorkshopEventAddOutcome($input: AddEventOutcomeInput!) {\n    addEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventAddOutcomeDocument,
    "\n  mutation WorkshopEventUpdateOutcome($input: UpdateEventOutcomeInput!) {\n    updateEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventUpdateOutcomeDocument,
    "\n  mutation WorkshopEventRemoveOutcome($input: RemoveEventOutcomeInput!) {\n    removeEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventRemoveOutcomeDocument,
    "\n  query WorkshopEventPage($eventId: ID!) {\n    workshopEvent(eventId: $eventId) {\n      academySlug\n      inAudience\n      canEdit\n      event {\n        id\n        academyId\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n      }\n      materials {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        body {\n          text\n          fi\n          sv\n          en\n        }\n        url\n      }\n      assignments {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        instructions {\n          text\n          fi\n          sv\n          en\n        }\n        due {\n          text\n          zoneName\n          local\n        }\n        completions {\n          organisationId\n          organisationName\n          done\n          doneByName\n          answer\n          link\n        }\n      }\n      outcomes {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        body {\n          text\n          fi\n          sv\n          en\n        }\n        links\n      }\n    }\n  }\n": typeof types.WorkshopEventPageDocument,
    "\n  mutation WorkshopEventMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventMarkDoneDocument,
    "\n  mutation WorkshopEventUnmarkDone($input: UnmarkAssignmentDoneInput!) {\n    unmarkAssignmentDone(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventUnmarkDoneDocument,
    "\n  mutation WorkshopEventAddMaterial($input: AddEventMaterialInput!) {\n    addEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventAddMaterialDocument,
    "\n  mutation WorkshopEventUpdateMaterial($input: UpdateEventMaterialInput!) {\n    updateEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventUpdateMaterialDocument,
    "\n  mutation WorkshopEventRemoveMaterial($input: RemoveEventMaterialInput!) {\n    removeEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventRemoveMaterialDocument,
    "\n  mutation WorkshopEventAddAssignment($input: AddEventAssignmentInput!) {\n    addEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventAddAssignmentDocument,
    "\n  mutation WorkshopEventUpdateAssignment($input: UpdateEventAssignmentInput!) {\n    updateEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventUpdateAssignmentDocument,
    "\n  mutation WorkshopEventRemoveAssignment($input: RemoveEventAssignmentInput!) {\n    removeEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n": typeof types.WorkshopEventRemoveAssignmentDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
};
const documents: Documents = {
    "\n  query AcademyList {\n    academies {\n      id\n      slug\n      status\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          timeZone\n        }\n      }\n    }\n  }\n": types.AcademyListDocument,
    "\n  query AcademyPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      enrolment\n      timeZone\n      title {\n        text\n      }\n      description {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n        consultationBookingDeadline {\n          text\n        }\n        selectionAnnouncementAt {\n          text\n        }\n      }\n      eligibilityCriteria {\n        id\n        severity\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n    }\n  }\n": types.AcademyPageDocument,
    "\n  query AdminAcademies {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n        }\n      }\n    }\n  }\n": types.AdminAcademiesDocument,
    "\n  query AdminApplications(\n    $academyId: ID!\n    $status: ApplicationStatus\n    $complete: Boolean\n    $eligibility: EligibilityOutcome\n    $organisationType: OrganisationType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    applications(\n      academyId: $academyId\n      status: $status\n      complete: $complete\n      eligibility: $eligibility\n      organisationType: $organisationType\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        id\n        status\n        organisation {\n          id\n          name\n          businessId\n          type\n        }\n        completeness {\n          complete\n          missing\n        }\n        eligibility {\n          outcome\n        }\n        deadline {\n          text\n        }\n      }\n    }\n  }\n": types.AdminApplicationsDocument,
    "\n  mutation AdminGrantDeadlineExtension($input: GrantDeadlineExtensionInput!) {\n    grantDeadlineExtension(input: $input) {\n      applicationId\n      until\n    }\n  }\n": types.AdminGrantDeadlineExtensionDocument,
    "\n  query AdminAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      theme\n      status\n      timeZone\n      capacity\n      reserveResponseDays\n      teamSizeLimit\n      eventReminderMinutes\n      publicOutcomes\n      enrolment\n      signUpTerms {\n        fi\n        sv\n        en\n      }\n      title {\n        text\n        fi\n        sv\n        en\n      }\n      description {\n        fi\n        sv\n        en\n      }\n      dates {\n        applicationOpensAt {\n          local\n        }\n        applicationDeadline {\n          local\n        }\n        consultationBookingDeadline {\n          local\n        }\n        selectionAnnouncementAt {\n          local\n        }\n        confirmationDeadline {\n          local\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          fi\n          sv\n          en\n        }\n        help {\n          fi\n          sv\n          en\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        onlineUrl\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        start {\n          text\n          local\n        }\n        end {\n          text\n          local\n        }\n      }\n    }\n  }\n": types.AdminAcademyDocument,
    "\n  mutation AdminUpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) {\n      id\n      slug\n    }\n  }\n": types.AdminUpdateAcademyDocument,
    "\n  mutation AdminPublishAcademy($input: AcademyIdInput!) {\n    publishAcademy(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdminPublishAcademyDocument,
    "\n  mutation AdminArchiveAcademy($input: AcademyIdInput!) {\n    archiveAcademy(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdminArchiveAcademyDocument,
    "\n  mutation AdminEndProgramme($input: EndProgrammeInput!) {\n    endProgramme(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdminEndProgrammeDocument,
    "\n  mutation AdminCreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateAcademyDocument,
    "\n  mutation AdminSetEligibilityCriteria($input: SetEligibilityCriteriaInput!) {\n    setEligibilityCriteria(input: $input) {\n      id\n    }\n  }\n": types.AdminSetEligibilityCriteriaDocument,
    "\n  mutation AdminPlanMeetingSeries($input: PlanMeetingSeriesInput!) {\n    planMeetingSeries(input: $input) {\n      id\n    }\n  }\n": types.AdminPlanMeetingSeriesDocument,
    "\n  query AdminProgrammePage($academyId: ID!) {\n    programmePageOf(academyId: $academyId) {\n      academyId\n      slug\n      duration {\n        startDate\n        endDate\n      }\n      budget {\n        amount\n        currency\n      }\n      fundingSources {\n        name {\n          fi\n          sv\n          en\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      partners {\n        name\n        url\n        role {\n          fi\n          sv\n          en\n        }\n      }\n    }\n  }\n": types.AdminProgrammePageDocument,
    "\n  mutation AdminSetProgrammeDuration($input: SetProgrammeDurationInput!) {\n    setProgrammeDuration(input: $input) {\n      academyId\n    }\n  }\n": types.AdminSetProgrammeDurationDocument,
    "\n  mutation AdminSetProgrammeBudget($input: SetProgrammeBudgetInput!) {\n    setProgrammeBudget(input: $input) {\n      academyId\n    }\n  }\n": types.AdminSetProgrammeBudgetDocument,
    "\n  mutation AdminSetProgrammePartners($input: SetProgrammePartnersInput!) {\n    setProgrammePartners(input: $input) {\n      academyId\n    }\n  }\n": types.AdminSetProgrammePartnersDocument,
    "\n  query AdminRoleHolders($role: GlobalRole!, $offset: Int!) {\n    users(role: $role, limit: 100, offset: $offset) {\n      total\n      items {\n        id\n        email\n        name\n        roles\n      }\n    }\n  }\n": types.AdminRoleHoldersDocument,
    "\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      email\n      roles\n    }\n  }\n": types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      email\n      roles\n    }\n  }\n": types.AdminRevokeRoleDocument,
    "\n  mutation AdminScheduleEvent($input: ScheduleEventInput!) {\n    scheduleEvent(input: $input) {\n      id\n    }\n  }\n": types.AdminScheduleEventDocument,
    "\n  mutation AdminUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateEventDocument,
    "\n  mutation AdminRescheduleEvent($input: RescheduleEventInput!) {\n    rescheduleEvent(input: $input) {\n      id\n    }\n  }\n": types.AdminRescheduleEventDocument,
    "\n  mutation AdminCancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n    }\n  }\n": types.AdminCancelEventDocument,
    "\n  query AdminAcademyRefs {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n": types.AdminAcademyRefsDocument,
    "\n  query AlumniAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n      events {\n        id\n        kind\n        audience\n        status\n        mode\n        place\n        onlineUrl\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n        end {\n          text\n        }\n      }\n    }\n    myAlumniAcademies {\n      id\n    }\n  }\n": types.AlumniAcademyDocument,
    "\n  mutation SubmitApplication($input: ApplicationIdInput!) {\n    submitApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation WithdrawApplication($input: ApplicationIdInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query ApplicationPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n          instant\n          timeZone\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      answerChoices {\n        pilotCategories\n        teamRoles\n        groundworkProgrammes\n      }\n    }\n    myMemberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n": types.ApplicationPageDocument,
    "\n  query MyApplicationsPage {\n    myApplications {\n      id\n      academyId\n      status\n      submittedAt\n      organisation {\n        id\n        name\n      }\n      deadline {\n        text\n      }\n      completeness {\n        complete\n      }\n    }\n    academies {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n": types.MyApplicationsPageDocument,
    "\n  fragment ApplicationEditorFields on Application {\n    id\n    version\n    status\n    answers\n    submittedAt\n    updatedAt\n    deadline {\n      text\n      instant\n      timeZone\n    }\n    eligibility {\n      criterionId\n      outcome\n      explanation\n    }\n    completeness {\n      submitted\n      consultationBooked\n      complete\n      missing\n    }\n  }\n": types.ApplicationEditorFieldsFragmentDoc,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.SaveApplicationDraftDocument,
    "\n  query ApplicationLatest($id: ID!) {\n    application(id: $id) {\n      ...ApplicationEditorFields\n    }\n  }\n": types.ApplicationLatestDocument,
    "\n  query ApplicationMine {\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n": types.ApplicationMineDocument,
    "\n  query AcademyAttendance($academyId: ID!) {\n    academyAttendance(academyId: $academyId) {\n      eventsRecorded\n      eventsAttended\n      organisation {\n        id\n        name\n      }\n      participants {\n        attended\n        participant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AcademyAttendanceDocument,
    "\n  query AttendanceSheet($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      attendedCount\n      event {\n        id\n        status\n        title {\n          text\n        }\n        start {\n          text\n        }\n      }\n      rows {\n        attended\n        participant {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AttendanceSheetDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      attendedCount\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  query MyAttendanceAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n": types.MyAttendanceAcademyDocument,
    "\n  query MyAttendanceTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAttendanceTeamsDocument,
    "\n  query MyAttendanceSummary($academyId: ID!, $organisationId: ID!) {\n    attendanceSummary(academyId: $academyId, organisationId: $organisationId) {\n      eventsRecorded\n      eventsAttended\n      organisation {\n        id\n        name\n      }\n      events {\n        attended\n        event {\n          id\n          title {\n            text\n          }\n          start {\n            text\n          }\n        }\n      }\n      participants {\n        attended\n        participant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyAttendanceSummaryDocument,
    "\n  query SelectionBoardPage($academyId: ID!, $rankBy: BoardRanking!) {\n    selectionBoard(academyId: $academyId, rankBy: $rankBy) {\n      rows {\n        rank\n        application {\n          id\n        }\n        organisation {\n          name\n          type\n          region\n        }\n        reviews {\n          reviewId\n          reviewer {\n            name\n            email\n          }\n          status\n          weightedTotal\n        }\n        aggregate {\n          count\n          mean\n          median\n          stdDev\n          accept\n          reserve\n          reject\n        }\n        flags {\n          noConsultation\n          ineligible\n          missingReviews\n        }\n        decision {\n          outcome\n          reserveRank\n        }\n      }\n      balance {\n        accepted\n        reserve\n        rejected\n        capacity\n        byOrganisationType {\n          key\n          count\n        }\n        byRegion {\n          key\n          count\n        }\n        byPilotCategory {\n          key\n          count\n        }\n      }\n    }\n  }\n": types.SelectionBoardPageDocument,
    "\n  query CohortPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": types.CohortPageAcademyDocument,
    "\n  query CohortPage($academyId: ID!) {\n    cohort(academyId: $academyId) {\n      organisations {\n        organisation {\n          id\n          name\n        }\n        participants {\n          id\n          name\n          email\n          role\n          teamRole\n        }\n      }\n    }\n  }\n": types.CohortPageDocument,
    "\n  query ConsultationBookingPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          text\n          zoneName\n        }\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        name\n      }\n    }\n    myConsultations {\n      id\n      applicationId\n      status\n      slot {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        onlineUrl\n      }\n      expert {\n        name\n        email\n      }\n    }\n  }\n": types.ConsultationBookingPageDocument,
    "\n  query ConsultationFreeSlots($academyId: ID!) {\n    consultationSlots(academyId: $academyId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      expert {\n        name\n        email\n      }\n    }\n  }\n": types.ConsultationFreeSlotsDocument,
    "\n  mutation BookConsultationFromPage($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      id\n    }\n  }\n": types.BookConsultationFromPageDocument,
    "\n  mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n": types.RescheduleConsultationFromPageDocument,
    "\n  mutation CancelConsultationFromPage($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelConsultationFromPageDocument,
    "\n  query ExpertSlotsPage {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n": types.ExpertSlotsPageDocument,
    "\n  query ExpertSlotRounds($academyId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      titleFi\n      titleSv\n      titleEn\n    }\n  }\n": types.ExpertSlotRoundsDocument,
    "\n  query MyExpertSlots($academyId: ID!, $expertId: ID!, $roundId: ID) {\n    consultationSlots(academyId: $academyId, expertId: $expertId, roundId: $roundId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      onlineUrl\n      booking {\n        id\n        organisationName\n        notes\n        bookedBy {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.MyExpertSlotsDocument,
    "\n  query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {\n    consultationSlotPreview(input: $input) {\n      startsAt\n      endsAt\n      overlapsOwnSlot\n    }\n  }\n": types.ConsultationSlotPreviewDocument,
    "\n  mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {\n    publishConsultationSlots(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": types.PublishConsultationSlotsFromPageDocument,
    "\n  mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {\n    withdrawConsultationSlot(input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawConsultationSlotFromPageDocument,
    "\n  mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {\n    updateConsultationSlot(input: $input) {\n      id\n      mode\n      place\n      onlineUrl\n    }\n  }\n": types.UpdateConsultationSlotFromPageDocument,
    "\n  mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {\n    recordConsultationNotes(input: $input) {\n      id\n      notes\n    }\n  }\n": types.RecordConsultationNotesFromPageDocument,
    "\n  query AdminDecisions($academyId: ID!, $slug: String!) {\n    applications(academyId: $academyId, status: SUBMITTED, limit: 100, offset: 0) {\n      total\n      items {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    academy(slug: $slug) {\n      id\n      stagedDecisions {\n        applicationId\n        outcome\n        reserveRank\n        note\n      }\n      selectionReadiness {\n        ready\n        submitted\n        accepted\n        reserve\n        rejected\n        capacity\n        problems {\n          problem\n          applicationId\n          accepted\n          capacity\n          ranks\n          deadline {\n            text\n          }\n        }\n      }\n      selectionRelease {\n        releaseAt {\n          text\n        }\n        releasedAt\n        scheduled\n        overdue\n      }\n    }\n  }\n": types.AdminDecisionsDocument,
    "\n  mutation AdminStageDecision($input: StageDecisionInput!) {\n    stageDecision(input: $input) {\n      applicationId\n      outcome\n      reserveRank\n    }\n  }\n": types.AdminStageDecisionDocument,
    "\n  mutation AdminPublishSelection($input: PublishSelectionInput!) {\n    publishSelection(input: $input) {\n      releasedAt\n      scheduled\n    }\n  }\n": types.AdminPublishSelectionDocument,
    "\n  query NextEditionPreview($input: NextEditionPreviewInput!) {\n    nextEditionPreview(input: $input) {\n      years\n      days\n      nonexistentCount\n      times {\n        kind\n        id\n        label\n        field\n        local\n        leapDayMoved\n        from {\n          text\n        }\n        to {\n          text\n        }\n      }\n    }\n  }\n": types.NextEditionPreviewDocument,
    "\n  mutation CreateNextEdition($input: CreateNextEditionInput!) {\n    createNextEdition(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateNextEditionDocument,
    "\n  query SignUpPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      enrolment\n      title {\n        text\n      }\n      signUpTerms {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n      }\n    }\n  }\n": types.SignUpPageAcademyDocument,
    "\n  query SignUpPageOrganisations($academyId: ID!) {\n    myMemberships {\n      role\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    mySignUps(academyId: $academyId) {\n      id\n      signedUpAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpPageOrganisationsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query CohortPilotsPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": types.CohortPilotsPageAcademyDocument,
    "\n  query CohortPilotsPage($academyId: ID!) {\n    cohortPilotSummaries(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      title {\n        text\n      }\n      stage\n      published\n      measures {\n        key\n        label {\n          text\n        }\n        status\n        criterionText\n      }\n      metrics {\n        name\n        unit\n        baseline\n        target\n        latestValue\n        latestMeasuredOn\n        progress\n      }\n    }\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CohortPilotsPageDocument,
    "\n  query CohortPilotsOwnSharing($academyId: ID!, $organisationId: ID!) {\n    pilot(academyId: $academyId, organisationId: $organisationId) {\n      id\n      sharing {\n        consent\n      }\n    }\n  }\n": types.CohortPilotsOwnSharingDocument,
    "\n  query CohortProgressPage($academyId: ID!) {\n    cohortProgress(academyId: $academyId) {\n      trackedActionId\n      organisationId\n      organisationName\n      title {\n        text\n      }\n      stage\n      declaredOnSchedule\n      derivedBehind\n      onSchedule\n      overdueTaskCount\n      lastUpdateAt\n      measuresApplied\n      appliedMeasureKeys\n    }\n    circularMeasures(academyId: $academyId) {\n      key\n      label {\n        text\n      }\n    }\n  }\n": types.CohortProgressPageDocument,
    "\n  query FollowUpLinksTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n      }\n    }\n  }\n": types.FollowUpLinksTeamsDocument,
    "\n  query FollowUpSettingsSection($academyId: ID!) {\n    followUpSettings(academyId: $academyId) {\n      academyId\n      checkInCadence\n      taskReminderDays\n    }\n  }\n": types.FollowUpSettingsSectionDocument,
    "\n  mutation SetFollowUpSettingsSection($input: SetFollowUpSettingsInput!) {\n    setFollowUpSettings(input: $input) {\n      academyId\n      checkInCadence\n      taskReminderDays\n    }\n  }\n": types.SetFollowUpSettingsSectionDocument,
    "\n  query PilotMeasureCatalogue($academyId: ID!) {\n    circularMeasures(academyId: $academyId) {\n      id\n      key\n      label {\n        text\n      }\n      takesCriterionText\n    }\n  }\n": types.PilotMeasureCatalogueDocument,
    "\n  mutation PilotSetMeasure($input: SetTrackedActionMeasureInput!) {\n    setTrackedActionMeasure(input: $input) {\n      id\n    }\n  }\n": types.PilotSetMeasureDocument,
    "\n  mutation PilotAddMetric($input: AddMetricInput!) {\n    addMetric(input: $input) {\n      id\n    }\n  }\n": types.PilotAddMetricDocument,
    "\n  mutation PilotRecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n    }\n  }\n": types.PilotRecordMeasurementDocument,
    "\n  mutation PilotSetPublished($id: ID!, $published: Boolean!) {\n    setPilotPublished(trackedActionId: $id, published: $published) {\n      id\n    }\n  }\n": types.PilotSetPublishedDocument,
    "\n  mutation PilotWriteUpdate($input: WriteProgressUpdateInput!) {\n    writeProgressUpdate(input: $input) {\n      id\n      stage\n    }\n  }\n": types.PilotWriteUpdateDocument,
    "\n  mutation PilotCommentUpdate($input: CommentProgressUpdateInput!) {\n    commentProgressUpdate(input: $input) {\n      id\n    }\n  }\n": types.PilotCommentUpdateDocument,
    "\n  query PilotPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n": types.PilotPageAcademyDocument,
    "\n  query PilotPageTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n": types.PilotPageTeamsDocument,
    "\n  query PilotPage($academyId: ID!, $organisationId: ID!) {\n    pilot(academyId: $academyId, organisationId: $organisationId) {\n      id\n      organisationName\n      title {\n        text\n      }\n      description {\n        text\n      }\n      category\n      stage\n      declaredOnSchedule\n      derivedBehind\n      onSchedule\n      overdueTaskCount\n      canEdit\n      milestones {\n        id\n        title {\n          text\n        }\n        plannedDate\n        doneAt\n        overdue\n      }\n      tasks {\n        id\n        title\n        owner {\n          name\n        }\n        dueDate\n        doneAt\n        overdue\n      }\n      measures {\n        status\n        note\n        criterionText\n        measure {\n          id\n        }\n      }\n      metrics {\n        id\n        name\n        unit\n        baseline\n        target\n        progress\n        latest {\n          measuredOn\n          value\n        }\n        measurements {\n          measuredOn\n          value\n        }\n      }\n      sharing {\n        consent\n        published\n      }\n      updates {\n        id\n        body\n        authorName\n        writtenAt\n        stageChange {\n          fromStage\n          toStage\n        }\n        comments {\n          id\n          body\n          authorName\n          writtenAt\n        }\n      }\n    }\n  }\n": types.PilotPageDocument,
    "\n  mutation PilotSetSchedule($input: SetDeclaredOnScheduleInput!) {\n    setDeclaredOnSchedule(input: $input) {\n      id\n      declaredOnSchedule\n    }\n  }\n": types.PilotSetScheduleDocument,
    "\n  mutation PilotAddTask($input: AddTaskInput!) {\n    addTrackedActionTask(input: $input) {\n      id\n    }\n  }\n": types.PilotAddTaskDocument,
    "\n  mutation PilotCompleteTask($input: TaskIdInput!) {\n    completeTrackedActionTask(input: $input) {\n      id\n    }\n  }\n": types.PilotCompleteTaskDocument,
    "\n  query PublicResultsPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n    publicResults(academySlug: $slug) {\n      organisationName\n      title {\n        text\n      }\n      stage\n      measuresApplied {\n        key\n        label {\n          text\n        }\n      }\n      metrics {\n        name\n        unit\n        baseline\n        target\n        latestValue\n        latestMeasuredOn\n        progress\n      }\n      outcomeReport {\n        procured\n        criteriaText\n        lessons\n        measuresUsed {\n          key\n          label {\n            text\n          }\n        }\n        finalMetrics {\n          name\n          unit\n          baseline\n          target\n          finalValue\n          targetMet\n        }\n      }\n    }\n  }\n": types.PublicResultsPageDocument,
    "\n  query DecisionPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      title {\n        text\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        id\n        name\n      }\n      offer {\n        id\n        status\n        seatNo\n        fromReserve\n        respondedAt\n        respondBy {\n          text\n          zoneName\n        }\n      }\n      reservePosition\n    }\n  }\n": types.DecisionPageDocument,
    "\n  mutation ConfirmParticipationFromPage($input: ConfirmParticipationInput!) {\n    confirmParticipation(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConfirmParticipationFromPageDocument,
    "\n  mutation DeclineParticipationFromPage($input: DeclineParticipationInput!) {\n    declineParticipation(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclineParticipationFromPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query OrganisationListPage {\n    myMemberships {\n      id\n      role\n      organisation {\n        id\n        name\n        businessId\n        type\n      }\n    }\n  }\n": types.OrganisationListPageDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      businessId\n      associationRegisterNumber\n      type\n      region\n      members {\n        id\n        role\n        user {\n          id\n          email\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query OrganisationInvitations($id: ID!) {\n    organisation(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  query OutcomeReportAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": types.OutcomeReportAcademyDocument,
    "\n  query OutcomeReportPage($academyId: ID!) {\n    circularMeasures(academyId: $academyId) {\n      id\n      key\n      label {\n        text\n      }\n    }\n    myOutcomeReports(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      pilotTitle {\n        text\n      }\n      status\n      dueOn\n      canEdit\n      procured\n      measuresUsed {\n        id\n        key\n        label {\n          text\n        }\n      }\n      criteriaText\n      finalMetrics {\n        metricId\n        name\n        unit\n        baseline\n        target\n        finalValue\n        targetMet\n      }\n      lessons\n      permissionToPublish\n      submittedAt\n      submittedBy\n    }\n  }\n": types.OutcomeReportPageDocument,
    "\n  mutation OutcomeReportSave($input: SaveOutcomeReportInput!) {\n    saveOutcomeReport(input: $input) {\n      trackedActionId\n      status\n    }\n  }\n": types.OutcomeReportSaveDocument,
    "\n  mutation OutcomeReportSubmit($input: SaveOutcomeReportInput!) {\n    submitOutcomeReport(input: $input) {\n      trackedActionId\n      status\n    }\n  }\n": types.OutcomeReportSubmitDocument,
    "\n  query OutcomeReportsPage($academyId: ID!) {\n    followUpSettings(academyId: $academyId) {\n      outcomeReportDueOn\n    }\n    outcomeReports(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      pilotTitle {\n        text\n      }\n      status\n      procured\n      measuresUsed {\n        key\n        label {\n          text\n        }\n      }\n      criteriaText\n      finalMetrics {\n        metricId\n        name\n        unit\n        target\n        finalValue\n        targetMet\n      }\n      lessons\n      permissionToPublish\n      submittedAt\n      submittedBy\n    }\n  }\n": types.OutcomeReportsPageDocument,
    "\n  mutation OutcomeReportsSetDeadline($input: SetOutcomeReportDeadlineInput!) {\n    setOutcomeReportDeadline(input: $input) {\n      outcomeReportDueOn\n    }\n  }\n": types.OutcomeReportsSetDeadlineDocument,
    "\n  query AdminFindPerson($email: String!) {\n    users(email: $email, limit: 1, offset: 0) {\n      items {\n        id\n        email\n        name\n        erasedAt\n      }\n    }\n  }\n": types.AdminFindPersonDocument,
    "\n  mutation AdminEraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      userId\n      pseudonym\n    }\n  }\n": types.AdminEraseUserDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      userId\n      erasedAt\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  query MyDataPage {\n    myDataExports {\n      id\n      kind\n      organisationId\n      status\n      createdAt\n      expiresAt\n    }\n  }\n": types.MyDataPageDocument,
    "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n    }\n  }\n": types.RequestMyDataExportDocument,
    "\n  mutation RequestOrganisationDataExport($input: RequestOrganisationDataExportInput!) {\n    requestOrganisationDataExport(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestOrganisationDataExportDocument,
    "\n  query RetentionSettingsPage($academyId: ID!) {\n    retentionSettings(academyId: $academyId) {\n      kind\n      scope\n      after\n      defaultMonths\n      months\n      legalMinimumMonths\n      overridden\n    }\n  }\n": types.RetentionSettingsPageDocument,
    "\n  query RetentionRunsPage($academyId: ID) {\n    retentionRuns(academyId: $academyId, limit: 10) {\n      id\n      runDate\n      ranAt\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": types.RetentionRunsPageDocument,
    "\n  mutation RetentionSettingsUpdate($input: UpdateRetentionSettingsInput!) {\n    updateRetentionSettings(input: $input) {\n      kind\n      months\n      legalMinimumMonths\n    }\n  }\n": types.RetentionSettingsUpdateDocument,
    "\n  mutation RetentionLegalMinimumSet($input: SetRetentionLegalMinimumInput!) {\n    setRetentionLegalMinimum(input: $input) {\n      kind\n      months\n      legalMinimumMonths\n    }\n  }\n": types.RetentionLegalMinimumSetDocument,
    "\n  query CalendarFeedPage {\n    myCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": types.CalendarFeedPageDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation UpdateProfile($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query ProgrammePublicPage($slug: String!) {\n    programmePage(slug: $slug) {\n      academyId\n      slug\n      title {\n        text\n      }\n      description {\n        text\n      }\n      timeZone\n      duration {\n        startDate\n        endDate\n        text\n      }\n      budget {\n        amount\n        currency\n        text\n      }\n      fundingSources {\n        name {\n          text\n        }\n        amount {\n          text\n        }\n      }\n      partners {\n        name\n        role {\n          text\n        }\n        url\n      }\n      events {\n        id\n        mode\n        status\n        place\n        title {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n      outcomes {\n        id\n        eventId\n        eventTitle {\n          text\n        }\n        title {\n          text\n        }\n        body {\n          text\n        }\n        links\n      }\n    }\n  }\n": types.ProgrammePublicPageDocument,
    "\n  query RegistrationPanel($eventId: ID!) {\n    eventRegistration(eventId: $eventId) {\n      eventId\n      capacity\n      isOpen\n      event {\n        id\n        status\n      }\n      registeredCount\n      waitlistedCount\n      seatsLeft\n      inAudience\n      closesAt {\n        text\n        zoneName\n      }\n      myRegistration {\n        id\n        status\n        seatNo\n        waitlistPosition\n      }\n    }\n  }\n": types.RegistrationPanelDocument,
    "\n  mutation RegisterForEventFromPanel($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      eventId\n    }\n  }\n": types.RegisterForEventFromPanelDocument,
    "\n  mutation CancelEventRegistrationFromPanel($input: EventRegistrationInput!) {\n    cancelEventRegistration(input: $input) {\n      eventId\n    }\n  }\n": types.CancelEventRegistrationFromPanelDocument,
    "\n  query RegistrationPage($eventId: ID!) {\n    eventRegistration(eventId: $eventId) {\n      eventId\n      event {\n        id\n        title {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n        place\n      }\n    }\n  }\n": types.RegistrationPageDocument,
    "\n  query ReviewAssignmentsPage {\n    myReviewAssignments {\n      id\n      academyId\n      status\n      application {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    myConflictsOfInterest {\n      organisationId\n      organisationName\n      reason\n    }\n    academies {\n      id\n      title {\n        text\n      }\n    }\n  }\n": types.ReviewAssignmentsPageDocument,
    "\n  mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {\n    declareConflictOfInterest(input: $input) {\n      organisationId\n    }\n  }\n": types.DeclareConflictOfInterestDocument,
    "\n  query ReviewPage($id: ID!) {\n    application(id: $id) {\n      id\n      academyId\n      status\n      organisation {\n        id\n        name\n      }\n      eligibility {\n        criterionId\n        outcome\n        explanation\n      }\n      completeness {\n        complete\n        missing\n      }\n      consultation {\n        id\n        notes\n        slot {\n          startsAt\n        }\n      }\n      reviews {\n        id\n        status\n        recommendation\n        comment\n        weightedTotal\n        reviewer {\n          id\n          name\n          email\n        }\n        scores {\n          criterionId\n          score\n        }\n      }\n    }\n    me {\n      id\n    }\n    academies {\n      id\n      title {\n        text\n      }\n      reviewRubric {\n        id\n        position\n        label {\n          text\n        }\n        guidance {\n          text\n        }\n        weight\n        scaleMin\n        scaleMax\n        allowsNotApplicable\n      }\n    }\n  }\n": types.ReviewPageDocument,
    "\n  mutation SaveReview($input: SaveReviewInput!) {\n    saveReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.SaveReviewDocument,
    "\n  mutation SubmitReview($input: ReviewApplicationInput!) {\n    submitReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  query ReviewersAssignments($academyId: ID!) {\n    reviewerLoads(academyId: $academyId) {\n      reviewer {\n        id\n        name\n        email\n      }\n      assigned\n      submitted\n    }\n    users(role: EXPERT, limit: 100) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    applications(academyId: $academyId, status: SUBMITTED, limit: 100) {\n      total\n      items {\n        id\n        organisation {\n          name\n        }\n        reviews {\n          id\n          status\n          reviewer {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.ReviewersAssignmentsDocument,
    "\n  mutation ReviewersAssignBulk($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      created {\n        id\n      }\n      unfilledApplicationIds\n    }\n  }\n": types.ReviewersAssignBulkDocument,
    "\n  mutation ReviewersAssignOne($input: AssignReviewerInput!) {\n    assignReviewer(input: $input) {\n      id\n    }\n  }\n": types.ReviewersAssignOneDocument,
    "\n  mutation ReviewersUnassignOne($input: AssignReviewerInput!) {\n    unassignReviewer(input: $input)\n  }\n": types.ReviewersUnassignOneDocument,
    "\n  query ReviewersRubric($slug: String!) {\n    academy(slug: $slug) {\n      id\n      reviewRubric {\n        id\n        position\n        weight\n        scaleMin\n        scaleMax\n        allowsNotApplicable\n        label {\n          fi\n          sv\n          en\n          text\n        }\n        guidance {\n          fi\n          sv\n          en\n          text\n        }\n      }\n    }\n  }\n": types.ReviewersRubricDocument,
    "\n  mutation ReviewersSetRubric($input: SetReviewRubricInput!) {\n    setReviewRubric(input: $input) {\n      id\n    }\n  }\n": types.ReviewersSetRubricDocument,
    "\n  query AdminRounds($academyId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      audience\n      bookingsPerOrganisation\n      isOpen\n      titleFi\n      titleSv\n      titleEn\n      opensAt {\n        local\n        text\n        zoneName\n      }\n      closesAt {\n        local\n        text\n        zoneName\n      }\n    }\n  }\n": types.AdminRoundsDocument,
    "\n  mutation AdminOpenAppointmentRound($input: OpenAppointmentRoundInput!) {\n    openAppointmentRound(input: $input) {\n      id\n    }\n  }\n": types.AdminOpenAppointmentRoundDocument,
    "\n  mutation AdminUpdateAppointmentRound($input: UpdateAppointmentRoundInput!) {\n    updateAppointmentRound(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateAppointmentRoundDocument,
    "\n  query SparringAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n": types.SparringAcademyDocument,
    "\n  query SparringTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SparringTeamsDocument,
    "\n  query SparringRounds($academyId: ID!, $organisationId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      isOpen\n      bookingsPerOrganisation\n      titleFi\n      titleSv\n      titleEn\n      opensAt {\n        text\n      }\n      closesAt {\n        text\n      }\n      slots(onlyFree: true) {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        expert {\n          name\n          email\n        }\n      }\n      bookings(organisationId: $organisationId) {\n        id\n        status\n        slot {\n          id\n          startsAt\n          endsAt\n          mode\n          place\n          onlineUrl\n        }\n        expert {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.SparringRoundsDocument,
    "\n  mutation BookSparring($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n    }\n  }\n": types.BookSparringDocument,
    "\n  mutation RescheduleSparring($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n": types.RescheduleSparringDocument,
    "\n  mutation CancelSparring($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelSparringDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      status\n      email\n      maskedEmail\n    }\n  }\n": types.SignInLinkDocument,
    "\n  mutation RequestSignIn($input: RequestSignInInput!) {\n    requestSignIn(input: $input)\n  }\n": types.RequestSignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query AgreedActionsAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n": types.AgreedActionsAcademyDocument,
    "\n  query AgreedActionsTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AgreedActionsTeamsDocument,
    "\n  query OrganisationAgreedActions($academyId: ID!, $organisationId: ID!) {\n    agreedActions(academyId: $academyId, organisationId: $organisationId) {\n      id\n      title\n      dueDate\n      bookingId\n      sessionStartsAt\n      owner {\n        participantId\n        name\n        hasLeft\n      }\n    }\n  }\n": types.OrganisationAgreedActionsDocument,
    "\n  mutation SaveAppointmentSummary($input: SaveAppointmentSummaryInput!) {\n    saveAppointmentSummary(input: $input) {\n      bookingId\n    }\n  }\n": types.SaveAppointmentSummaryDocument,
    "\n  mutation AddAgreedAction($input: AddAgreedActionInput!) {\n    addAgreedAction(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddAgreedActionDocument,
    "\n  mutation UpdateAgreedAction($input: UpdateAgreedActionInput!) {\n    updateAgreedAction(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateAgreedActionDocument,
    "\n  mutation RemoveAgreedAction($id: ID!) {\n    removeAgreedAction(id: $id) {\n      id\n      title\n    }\n  }\n": types.RemoveAgreedActionDocument,
    "\n  query SparringOutcome($bookingId: ID!) {\n    appointmentOutcome(bookingId: $bookingId) {\n      bookingId\n      academyId\n      organisationId\n      organisationName\n      sessionStartsAt\n      timeZone\n      sessionHeld\n      canEdit\n      summary {\n        summary\n        updatedAt\n      }\n      agreedActions {\n        id\n        title\n        dueDate\n        owner {\n          participantId\n          name\n          hasLeft\n        }\n      }\n      team {\n        participantId\n        name\n      }\n    }\n  }\n": types.SparringOutcomeDocument,
    "\n  query TeamPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n": types.TeamPageAcademyDocument,
    "\n  query TeamPage($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      limit\n      canManage\n      organisation {\n        id\n        name\n      }\n      participants {\n        id\n        name\n        email\n        role\n        teamRole\n        hasAccount\n      }\n    }\n  }\n": types.TeamPageDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      email\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamParticipantInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation SetTeamResponsiblePerson($input: TeamParticipantInput!) {\n    setTeamResponsiblePerson(input: $input) {\n      id\n    }\n  }\n": types.SetTeamResponsiblePersonDocument,
    "\n  mutation WorkshopEventAddOutcome($input: AddEventOutcomeInput!) {\n    addEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventAddOutcomeDocument,
    "\n  mutation WorkshopEventUpdateOutcome($input: UpdateEventOutcomeInput!) {\n    updateEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventUpdateOutcomeDocument,
    "\n  mutation WorkshopEventRemoveOutcome($input: RemoveEventOutcomeInput!) {\n    removeEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventRemoveOutcomeDocument,
    "\n  query WorkshopEventPage($eventId: ID!) {\n    workshopEvent(eventId: $eventId) {\n      academySlug\n      inAudience\n      canEdit\n      event {\n        id\n        academyId\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n      }\n      materials {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        body {\n          text\n          fi\n          sv\n          en\n        }\n        url\n      }\n      assignments {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        instructions {\n          text\n          fi\n          sv\n          en\n        }\n        due {\n          text\n          zoneName\n          local\n        }\n        completions {\n          organisationId\n          organisationName\n          done\n          doneByName\n          answer\n          link\n        }\n      }\n      outcomes {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        body {\n          text\n          fi\n          sv\n          en\n        }\n        links\n      }\n    }\n  }\n": types.WorkshopEventPageDocument,
    "\n  mutation WorkshopEventMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventMarkDoneDocument,
    "\n  mutation WorkshopEventUnmarkDone($input: UnmarkAssignmentDoneInput!) {\n    unmarkAssignmentDone(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventUnmarkDoneDocument,
    "\n  mutation WorkshopEventAddMaterial($input: AddEventMaterialInput!) {\n    addEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventAddMaterialDocument,
    "\n  mutation WorkshopEventUpdateMaterial($input: UpdateEventMaterialInput!) {\n    updateEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventUpdateMaterialDocument,
    "\n  mutation WorkshopEventRemoveMaterial($input: RemoveEventMaterialInput!) {\n    removeEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventRemoveMaterialDocument,
    "\n  mutation WorkshopEventAddAssignment($input: AddEventAssignmentInput!) {\n    addEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventAddAssignmentDocument,
    "\n  mutation WorkshopEventUpdateAssignment($input: UpdateEventAssignmentInput!) {\n    updateEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventUpdateAssignmentDocument,
    "\n  mutation WorkshopEventRemoveAssignment($input: RemoveEventAssignmentInput!) {\n    removeEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n": types.WorkshopEventRemoveAssignmentDocument,
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
export function graphql(source: "\n  query AcademyPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      enrolment\n      timeZone\n      title {\n        text\n      }\n      description {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n        consultationBookingDeadline {\n          text\n        }\n        selectionAnnouncementAt {\n          text\n        }\n      }\n      eligibilityCriteria {\n        id\n        severity\n        label {\n          text\n        }\n        help {\n          text\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcademyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAcademies {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n      dates {\n        applicationDeadline {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAcademiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApplications(\n    $academyId: ID!\n    $status: ApplicationStatus\n    $complete: Boolean\n    $eligibility: EligibilityOutcome\n    $organisationType: OrganisationType\n    $limit: Int!\n    $offset: Int!\n  ) {\n    applications(\n      academyId: $academyId\n      status: $status\n      complete: $complete\n      eligibility: $eligibility\n      organisationType: $organisationType\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        id\n        status\n        organisation {\n          id\n          name\n          businessId\n          type\n        }\n        completeness {\n          complete\n          missing\n        }\n        eligibility {\n          outcome\n        }\n        deadline {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantDeadlineExtension($input: GrantDeadlineExtensionInput!) {\n    grantDeadlineExtension(input: $input) {\n      applicationId\n      until\n    }\n  }\n"): typeof import('./graphql').AdminGrantDeadlineExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      theme\n      status\n      timeZone\n      capacity\n      reserveResponseDays\n      teamSizeLimit\n      eventReminderMinutes\n      publicOutcomes\n      enrolment\n      signUpTerms {\n        fi\n        sv\n        en\n      }\n      title {\n        text\n        fi\n        sv\n        en\n      }\n      description {\n        fi\n        sv\n        en\n      }\n      dates {\n        applicationOpensAt {\n          local\n        }\n        applicationDeadline {\n          local\n        }\n        consultationBookingDeadline {\n          local\n        }\n        selectionAnnouncementAt {\n          local\n        }\n        confirmationDeadline {\n          local\n        }\n      }\n      eligibilityCriteria {\n        id\n        kind\n        severity\n        parameters\n        label {\n          fi\n          sv\n          en\n        }\n        help {\n          fi\n          sv\n          en\n        }\n      }\n      events {\n        id\n        kind\n        mode\n        status\n        place\n        onlineUrl\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        start {\n          text\n          local\n        }\n        end {\n          text\n          local\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').AdminUpdateAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishAcademy($input: AcademyIdInput!) {\n    publishAcademy(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminPublishAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveAcademy($input: AcademyIdInput!) {\n    archiveAcademy(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminArchiveAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEndProgramme($input: EndProgrammeInput!) {\n    endProgramme(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminEndProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminCreateAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetEligibilityCriteria($input: SetEligibilityCriteriaInput!) {\n    setEligibilityCriteria(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminSetEligibilityCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPlanMeetingSeries($input: PlanMeetingSeriesInput!) {\n    planMeetingSeries(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminPlanMeetingSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProgrammePage($academyId: ID!) {\n    programmePageOf(academyId: $academyId) {\n      academyId\n      slug\n      duration {\n        startDate\n        endDate\n      }\n      budget {\n        amount\n        currency\n      }\n      fundingSources {\n        name {\n          fi\n          sv\n          en\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      partners {\n        name\n        url\n        role {\n          fi\n          sv\n          en\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetProgrammeDuration($input: SetProgrammeDurationInput!) {\n    setProgrammeDuration(input: $input) {\n      academyId\n    }\n  }\n"): typeof import('./graphql').AdminSetProgrammeDurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetProgrammeBudget($input: SetProgrammeBudgetInput!) {\n    setProgrammeBudget(input: $input) {\n      academyId\n    }\n  }\n"): typeof import('./graphql').AdminSetProgrammeBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetProgrammePartners($input: SetProgrammePartnersInput!) {\n    setProgrammePartners(input: $input) {\n      academyId\n    }\n  }\n"): typeof import('./graphql').AdminSetProgrammePartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoleHolders($role: GlobalRole!, $offset: Int!) {\n    users(role: $role, limit: 100, offset: $offset) {\n      total\n      items {\n        id\n        email\n        name\n        roles\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRoleHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      email\n      roles\n    }\n  }\n"): typeof import('./graphql').AdminGrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      email\n      roles\n    }\n  }\n"): typeof import('./graphql').AdminRevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminScheduleEvent($input: ScheduleEventInput!) {\n    scheduleEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminScheduleEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRescheduleEvent($input: RescheduleEventInput!) {\n    rescheduleEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRescheduleEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminCancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAcademyRefs {\n    academies {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAcademyRefsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n      events {\n        id\n        kind\n        audience\n        status\n        mode\n        place\n        onlineUrl\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n        end {\n          text\n        }\n      }\n    }\n    myAlumniAcademies {\n      id\n    }\n  }\n"): typeof import('./graphql').AlumniAcademyDocument;
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
export function graphql(source: "\n  query ApplicationMine {\n    myApplications {\n      ...ApplicationEditorFields\n      academyId\n      organisationId\n    }\n  }\n"): typeof import('./graphql').ApplicationMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyAttendance($academyId: ID!) {\n    academyAttendance(academyId: $academyId) {\n      eventsRecorded\n      eventsAttended\n      organisation {\n        id\n        name\n      }\n      participants {\n        attended\n        participant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcademyAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceSheet($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      attendedCount\n      event {\n        id\n        status\n        title {\n          text\n        }\n        start {\n          text\n        }\n      }\n      rows {\n        attended\n        participant {\n          id\n          name\n          email\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      attendedCount\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttendanceAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttendanceAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttendanceTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttendanceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttendanceSummary($academyId: ID!, $organisationId: ID!) {\n    attendanceSummary(academyId: $academyId, organisationId: $organisationId) {\n      eventsRecorded\n      eventsAttended\n      organisation {\n        id\n        name\n      }\n      events {\n        attended\n        event {\n          id\n          title {\n            text\n          }\n          start {\n            text\n          }\n        }\n      }\n      participants {\n        attended\n        participant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttendanceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectionBoardPage($academyId: ID!, $rankBy: BoardRanking!) {\n    selectionBoard(academyId: $academyId, rankBy: $rankBy) {\n      rows {\n        rank\n        application {\n          id\n        }\n        organisation {\n          name\n          type\n          region\n        }\n        reviews {\n          reviewId\n          reviewer {\n            name\n            email\n          }\n          status\n          weightedTotal\n        }\n        aggregate {\n          count\n          mean\n          median\n          stdDev\n          accept\n          reserve\n          reject\n        }\n        flags {\n          noConsultation\n          ineligible\n          missingReviews\n        }\n        decision {\n          outcome\n          reserveRank\n        }\n      }\n      balance {\n        accepted\n        reserve\n        rejected\n        capacity\n        byOrganisationType {\n          key\n          count\n        }\n        byRegion {\n          key\n          count\n        }\n        byPilotCategory {\n          key\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SelectionBoardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPageAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPage($academyId: ID!) {\n    cohort(academyId: $academyId) {\n      organisations {\n        organisation {\n          id\n          name\n        }\n        participants {\n          id\n          name\n          email\n          role\n          teamRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPageDocument;
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
export function graphql(source: "\n  query ExpertSlotRounds($academyId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      titleFi\n      titleSv\n      titleEn\n    }\n  }\n"): typeof import('./graphql').ExpertSlotRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExpertSlots($academyId: ID!, $expertId: ID!, $roundId: ID) {\n    consultationSlots(academyId: $academyId, expertId: $expertId, roundId: $roundId) {\n      id\n      startsAt\n      endsAt\n      mode\n      place\n      onlineUrl\n      booking {\n        id\n        organisationName\n        notes\n        bookedBy {\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyExpertSlotsDocument;
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
export function graphql(source: "\n  query AdminDecisions($academyId: ID!, $slug: String!) {\n    applications(academyId: $academyId, status: SUBMITTED, limit: 100, offset: 0) {\n      total\n      items {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    academy(slug: $slug) {\n      id\n      stagedDecisions {\n        applicationId\n        outcome\n        reserveRank\n        note\n      }\n      selectionReadiness {\n        ready\n        submitted\n        accepted\n        reserve\n        rejected\n        capacity\n        problems {\n          problem\n          applicationId\n          accepted\n          capacity\n          ranks\n          deadline {\n            text\n          }\n        }\n      }\n      selectionRelease {\n        releaseAt {\n          text\n        }\n        releasedAt\n        scheduled\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminStageDecision($input: StageDecisionInput!) {\n    stageDecision(input: $input) {\n      applicationId\n      outcome\n      reserveRank\n    }\n  }\n"): typeof import('./graphql').AdminStageDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishSelection($input: PublishSelectionInput!) {\n    publishSelection(input: $input) {\n      releasedAt\n      scheduled\n    }\n  }\n"): typeof import('./graphql').AdminPublishSelectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextEditionPreview($input: NextEditionPreviewInput!) {\n    nextEditionPreview(input: $input) {\n      years\n      days\n      nonexistentCount\n      times {\n        kind\n        id\n        label\n        field\n        local\n        leapDayMoved\n        from {\n          text\n        }\n        to {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NextEditionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNextEdition($input: CreateNextEditionInput!) {\n    createNextEdition(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').CreateNextEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      enrolment\n      title {\n        text\n      }\n      signUpTerms {\n        text\n      }\n      dates {\n        applicationOpensAt {\n          text\n        }\n        applicationDeadline {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpPageAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpPageOrganisations($academyId: ID!) {\n    myMemberships {\n      role\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    mySignUps(academyId: $academyId) {\n      id\n      signedUpAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpPageOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPilotsPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPilotsPageAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPilotsPage($academyId: ID!) {\n    cohortPilotSummaries(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      title {\n        text\n      }\n      stage\n      published\n      measures {\n        key\n        label {\n          text\n        }\n        status\n        criterionText\n      }\n      metrics {\n        name\n        unit\n        baseline\n        target\n        latestValue\n        latestMeasuredOn\n        progress\n      }\n    }\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPilotsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPilotsOwnSharing($academyId: ID!, $organisationId: ID!) {\n    pilot(academyId: $academyId, organisationId: $organisationId) {\n      id\n      sharing {\n        consent\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPilotsOwnSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortProgressPage($academyId: ID!) {\n    cohortProgress(academyId: $academyId) {\n      trackedActionId\n      organisationId\n      organisationName\n      title {\n        text\n      }\n      stage\n      declaredOnSchedule\n      derivedBehind\n      onSchedule\n      overdueTaskCount\n      lastUpdateAt\n      measuresApplied\n      appliedMeasureKeys\n    }\n    circularMeasures(academyId: $academyId) {\n      key\n      label {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').CohortProgressPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpLinksTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpLinksTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpSettingsSection($academyId: ID!) {\n    followUpSettings(academyId: $academyId) {\n      academyId\n      checkInCadence\n      taskReminderDays\n    }\n  }\n"): typeof import('./graphql').FollowUpSettingsSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpSettingsSection($input: SetFollowUpSettingsInput!) {\n    setFollowUpSettings(input: $input) {\n      academyId\n      checkInCadence\n      taskReminderDays\n    }\n  }\n"): typeof import('./graphql').SetFollowUpSettingsSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotMeasureCatalogue($academyId: ID!) {\n    circularMeasures(academyId: $academyId) {\n      id\n      key\n      label {\n        text\n      }\n      takesCriterionText\n    }\n  }\n"): typeof import('./graphql').PilotMeasureCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotSetMeasure($input: SetTrackedActionMeasureInput!) {\n    setTrackedActionMeasure(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotSetMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotAddMetric($input: AddMetricInput!) {\n    addMetric(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotAddMetricDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotRecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotRecordMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotSetPublished($id: ID!, $published: Boolean!) {\n    setPilotPublished(trackedActionId: $id, published: $published) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotSetPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotWriteUpdate($input: WriteProgressUpdateInput!) {\n    writeProgressUpdate(input: $input) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').PilotWriteUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotCommentUpdate($input: CommentProgressUpdateInput!) {\n    commentProgressUpdate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotCommentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      status\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').PilotPageAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotPageTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PilotPageTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotPage($academyId: ID!, $organisationId: ID!) {\n    pilot(academyId: $academyId, organisationId: $organisationId) {\n      id\n      organisationName\n      title {\n        text\n      }\n      description {\n        text\n      }\n      category\n      stage\n      declaredOnSchedule\n      derivedBehind\n      onSchedule\n      overdueTaskCount\n      canEdit\n      milestones {\n        id\n        title {\n          text\n        }\n        plannedDate\n        doneAt\n        overdue\n      }\n      tasks {\n        id\n        title\n        owner {\n          name\n        }\n        dueDate\n        doneAt\n        overdue\n      }\n      measures {\n        status\n        note\n        criterionText\n        measure {\n          id\n        }\n      }\n      metrics {\n        id\n        name\n        unit\n        baseline\n        target\n        progress\n        latest {\n          measuredOn\n          value\n        }\n        measurements {\n          measuredOn\n          value\n        }\n      }\n      sharing {\n        consent\n        published\n      }\n      updates {\n        id\n        body\n        authorName\n        writtenAt\n        stageChange {\n          fromStage\n          toStage\n        }\n        comments {\n          id\n          body\n          authorName\n          writtenAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PilotPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotSetSchedule($input: SetDeclaredOnScheduleInput!) {\n    setDeclaredOnSchedule(input: $input) {\n      id\n      declaredOnSchedule\n    }\n  }\n"): typeof import('./graphql').PilotSetScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotAddTask($input: AddTaskInput!) {\n    addTrackedActionTask(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotAddTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PilotCompleteTask($input: TaskIdInput!) {\n    completeTrackedActionTask(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PilotCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicResultsPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n    publicResults(academySlug: $slug) {\n      organisationName\n      title {\n        text\n      }\n      stage\n      measuresApplied {\n        key\n        label {\n          text\n        }\n      }\n      metrics {\n        name\n        unit\n        baseline\n        target\n        latestValue\n        latestMeasuredOn\n        progress\n      }\n      outcomeReport {\n        procured\n        criteriaText\n        lessons\n        measuresUsed {\n          key\n          label {\n            text\n          }\n        }\n        finalMetrics {\n          name\n          unit\n          baseline\n          target\n          finalValue\n          targetMet\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicResultsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionPage($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      title {\n        text\n      }\n    }\n    myApplications {\n      id\n      academyId\n      status\n      organisation {\n        id\n        name\n      }\n      offer {\n        id\n        status\n        seatNo\n        fromReserve\n        respondedAt\n        respondBy {\n          text\n          zoneName\n        }\n      }\n      reservePosition\n    }\n  }\n"): typeof import('./graphql').DecisionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmParticipationFromPage($input: ConfirmParticipationInput!) {\n    confirmParticipation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConfirmParticipationFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineParticipationFromPage($input: DeclineParticipationInput!) {\n    declineParticipation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeclineParticipationFromPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationListPage {\n    myMemberships {\n      id\n      role\n      organisation {\n        id\n        name\n        businessId\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      businessId\n      associationRegisterNumber\n      type\n      region\n      members {\n        id\n        role\n        user {\n          id\n          email\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationPageDocument;
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
export function graphql(source: "\n  query OutcomeReportAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').OutcomeReportAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReportPage($academyId: ID!) {\n    circularMeasures(academyId: $academyId) {\n      id\n      key\n      label {\n        text\n      }\n    }\n    myOutcomeReports(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      pilotTitle {\n        text\n      }\n      status\n      dueOn\n      canEdit\n      procured\n      measuresUsed {\n        id\n        key\n        label {\n          text\n        }\n      }\n      criteriaText\n      finalMetrics {\n        metricId\n        name\n        unit\n        baseline\n        target\n        finalValue\n        targetMet\n      }\n      lessons\n      permissionToPublish\n      submittedAt\n      submittedBy\n    }\n  }\n"): typeof import('./graphql').OutcomeReportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeReportSave($input: SaveOutcomeReportInput!) {\n    saveOutcomeReport(input: $input) {\n      trackedActionId\n      status\n    }\n  }\n"): typeof import('./graphql').OutcomeReportSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeReportSubmit($input: SaveOutcomeReportInput!) {\n    submitOutcomeReport(input: $input) {\n      trackedActionId\n      status\n    }\n  }\n"): typeof import('./graphql').OutcomeReportSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReportsPage($academyId: ID!) {\n    followUpSettings(academyId: $academyId) {\n      outcomeReportDueOn\n    }\n    outcomeReports(academyId: $academyId) {\n      trackedActionId\n      organisationName\n      pilotTitle {\n        text\n      }\n      status\n      procured\n      measuresUsed {\n        key\n        label {\n          text\n        }\n      }\n      criteriaText\n      finalMetrics {\n        metricId\n        name\n        unit\n        target\n        finalValue\n        targetMet\n      }\n      lessons\n      permissionToPublish\n      submittedAt\n      submittedBy\n    }\n  }\n"): typeof import('./graphql').OutcomeReportsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeReportsSetDeadline($input: SetOutcomeReportDeadlineInput!) {\n    setOutcomeReportDeadline(input: $input) {\n      outcomeReportDueOn\n    }\n  }\n"): typeof import('./graphql').OutcomeReportsSetDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFindPerson($email: String!) {\n    users(email: $email, limit: 1, offset: 0) {\n      items {\n        id\n        email\n        name\n        erasedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminFindPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEraseUser($input: EraseUserInput!) {\n    eraseUser(input: $input) {\n      userId\n      pseudonym\n    }\n  }\n"): typeof import('./graphql').AdminEraseUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      userId\n      erasedAt\n    }\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataPage {\n    myDataExports {\n      id\n      kind\n      organisationId\n      status\n      createdAt\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MyDataPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestMyDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOrganisationDataExport($input: RequestOrganisationDataExportInput!) {\n    requestOrganisationDataExport(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestOrganisationDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionSettingsPage($academyId: ID!) {\n    retentionSettings(academyId: $academyId) {\n      kind\n      scope\n      after\n      defaultMonths\n      months\n      legalMinimumMonths\n      overridden\n    }\n  }\n"): typeof import('./graphql').RetentionSettingsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRunsPage($academyId: ID) {\n    retentionRuns(academyId: $academyId, limit: 10) {\n      id\n      runDate\n      ranAt\n      counts {\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionRunsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionSettingsUpdate($input: UpdateRetentionSettingsInput!) {\n    updateRetentionSettings(input: $input) {\n      kind\n      months\n      legalMinimumMonths\n    }\n  }\n"): typeof import('./graphql').RetentionSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionLegalMinimumSet($input: SetRetentionLegalMinimumInput!) {\n    setRetentionLegalMinimum(input: $input) {\n      kind\n      months\n      legalMinimumMonths\n    }\n  }\n"): typeof import('./graphql').RetentionLegalMinimumSetDocument;
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
export function graphql(source: "\n  query ProgrammePublicPage($slug: String!) {\n    programmePage(slug: $slug) {\n      academyId\n      slug\n      title {\n        text\n      }\n      description {\n        text\n      }\n      timeZone\n      duration {\n        startDate\n        endDate\n        text\n      }\n      budget {\n        amount\n        currency\n        text\n      }\n      fundingSources {\n        name {\n          text\n        }\n        amount {\n          text\n        }\n      }\n      partners {\n        name\n        role {\n          text\n        }\n        url\n      }\n      events {\n        id\n        mode\n        status\n        place\n        title {\n          text\n        }\n        start {\n          text\n          instant\n        }\n        end {\n          text\n        }\n      }\n      outcomes {\n        id\n        eventId\n        eventTitle {\n          text\n        }\n        title {\n          text\n        }\n        body {\n          text\n        }\n        links\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammePublicPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationPanel($eventId: ID!) {\n    eventRegistration(eventId: $eventId) {\n      eventId\n      capacity\n      isOpen\n      event {\n        id\n        status\n      }\n      registeredCount\n      waitlistedCount\n      seatsLeft\n      inAudience\n      closesAt {\n        text\n        zoneName\n      }\n      myRegistration {\n        id\n        status\n        seatNo\n        waitlistPosition\n      }\n    }\n  }\n"): typeof import('./graphql').RegistrationPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEventFromPanel($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      eventId\n    }\n  }\n"): typeof import('./graphql').RegisterForEventFromPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEventRegistrationFromPanel($input: EventRegistrationInput!) {\n    cancelEventRegistration(input: $input) {\n      eventId\n    }\n  }\n"): typeof import('./graphql').CancelEventRegistrationFromPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationPage($eventId: ID!) {\n    eventRegistration(eventId: $eventId) {\n      eventId\n      event {\n        id\n        title {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n        place\n      }\n    }\n  }\n"): typeof import('./graphql').RegistrationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssignmentsPage {\n    myReviewAssignments {\n      id\n      academyId\n      status\n      application {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    myConflictsOfInterest {\n      organisationId\n      organisationName\n      reason\n    }\n    academies {\n      id\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAssignmentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareConflictOfInterest($input: DeclareConflictOfInterestInput!) {\n    declareConflictOfInterest(input: $input) {\n      organisationId\n    }\n  }\n"): typeof import('./graphql').DeclareConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPage($id: ID!) {\n    application(id: $id) {\n      id\n      academyId\n      status\n      organisation {\n        id\n        name\n      }\n      eligibility {\n        criterionId\n        outcome\n        explanation\n      }\n      completeness {\n        complete\n        missing\n      }\n      consultation {\n        id\n        notes\n        slot {\n          startsAt\n        }\n      }\n      reviews {\n        id\n        status\n        recommendation\n        comment\n        weightedTotal\n        reviewer {\n          id\n          name\n          email\n        }\n        scores {\n          criterionId\n          score\n        }\n      }\n    }\n    me {\n      id\n    }\n    academies {\n      id\n      title {\n        text\n      }\n      reviewRubric {\n        id\n        position\n        label {\n          text\n        }\n        guidance {\n          text\n        }\n        weight\n        scaleMin\n        scaleMax\n        allowsNotApplicable\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReview($input: SaveReviewInput!) {\n    saveReview(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SaveReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($input: ReviewApplicationInput!) {\n    submitReview(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewersAssignments($academyId: ID!) {\n    reviewerLoads(academyId: $academyId) {\n      reviewer {\n        id\n        name\n        email\n      }\n      assigned\n      submitted\n    }\n    users(role: EXPERT, limit: 100) {\n      items {\n        id\n        name\n        email\n      }\n    }\n    applications(academyId: $academyId, status: SUBMITTED, limit: 100) {\n      total\n      items {\n        id\n        organisation {\n          name\n        }\n        reviews {\n          id\n          status\n          reviewer {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewersAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewersAssignBulk($input: AssignReviewersInput!) {\n    assignReviewers(input: $input) {\n      created {\n        id\n      }\n      unfilledApplicationIds\n    }\n  }\n"): typeof import('./graphql').ReviewersAssignBulkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewersAssignOne($input: AssignReviewerInput!) {\n    assignReviewer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviewersAssignOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewersUnassignOne($input: AssignReviewerInput!) {\n    unassignReviewer(input: $input)\n  }\n"): typeof import('./graphql').ReviewersUnassignOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewersRubric($slug: String!) {\n    academy(slug: $slug) {\n      id\n      reviewRubric {\n        id\n        position\n        weight\n        scaleMin\n        scaleMax\n        allowsNotApplicable\n        label {\n          fi\n          sv\n          en\n          text\n        }\n        guidance {\n          fi\n          sv\n          en\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewersRubricDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewersSetRubric($input: SetReviewRubricInput!) {\n    setReviewRubric(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviewersSetRubricDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRounds($academyId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      audience\n      bookingsPerOrganisation\n      isOpen\n      titleFi\n      titleSv\n      titleEn\n      opensAt {\n        local\n        text\n        zoneName\n      }\n      closesAt {\n        local\n        text\n        zoneName\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOpenAppointmentRound($input: OpenAppointmentRoundInput!) {\n    openAppointmentRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminOpenAppointmentRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAppointmentRound($input: UpdateAppointmentRoundInput!) {\n    updateAppointmentRound(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminUpdateAppointmentRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparringAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      slug\n      timeZone\n      consultationChangeCutoffHours\n      title {\n        text\n      }\n      dates {\n        consultationBookingDeadline {\n          zoneName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SparringAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparringTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SparringTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparringRounds($academyId: ID!, $organisationId: ID!) {\n    appointmentRounds(academyId: $academyId) {\n      id\n      purpose\n      isOpen\n      bookingsPerOrganisation\n      titleFi\n      titleSv\n      titleEn\n      opensAt {\n        text\n      }\n      closesAt {\n        text\n      }\n      slots(onlyFree: true) {\n        id\n        startsAt\n        endsAt\n        mode\n        place\n        expert {\n          name\n          email\n        }\n      }\n      bookings(organisationId: $organisationId) {\n        id\n        status\n        slot {\n          id\n          startsAt\n          endsAt\n          mode\n          place\n          onlineUrl\n        }\n        expert {\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SparringRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSparring($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BookSparringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleSparring($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RescheduleSparringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSparring($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelSparringDocument;
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
export function graphql(source: "\n  query AgreedActionsAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      timeZone\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').AgreedActionsAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreedActionsTeams($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AgreedActionsTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationAgreedActions($academyId: ID!, $organisationId: ID!) {\n    agreedActions(academyId: $academyId, organisationId: $organisationId) {\n      id\n      title\n      dueDate\n      bookingId\n      sessionStartsAt\n      owner {\n        participantId\n        name\n        hasLeft\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationAgreedActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAppointmentSummary($input: SaveAppointmentSummaryInput!) {\n    saveAppointmentSummary(input: $input) {\n      bookingId\n    }\n  }\n"): typeof import('./graphql').SaveAppointmentSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgreedAction($input: AddAgreedActionInput!) {\n    addAgreedAction(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AddAgreedActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreedAction($input: UpdateAgreedActionInput!) {\n    updateAgreedAction(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').UpdateAgreedActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgreedAction($id: ID!) {\n    removeAgreedAction(id: $id) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').RemoveAgreedActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SparringOutcome($bookingId: ID!) {\n    appointmentOutcome(bookingId: $bookingId) {\n      bookingId\n      academyId\n      organisationId\n      organisationName\n      sessionStartsAt\n      timeZone\n      sessionHeld\n      canEdit\n      summary {\n        summary\n        updatedAt\n      }\n      agreedActions {\n        id\n        title\n        dueDate\n        owner {\n          participantId\n          name\n          hasLeft\n        }\n      }\n      team {\n        participantId\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SparringOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPageAcademy($slug: String!) {\n    academy(slug: $slug) {\n      id\n      title {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').TeamPageAcademyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($academyId: ID!) {\n    myCohortTeams(academyId: $academyId) {\n      limit\n      canManage\n      organisation {\n        id\n        name\n      }\n      participants {\n        id\n        name\n        email\n        role\n        teamRole\n        hasAccount\n      }\n    }\n  }\n"): typeof import('./graphql').TeamPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').AddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: TeamParticipantInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamResponsiblePerson($input: TeamParticipantInput!) {\n    setTeamResponsiblePerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetTeamResponsiblePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventAddOutcome($input: AddEventOutcomeInput!) {\n    addEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventAddOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventUpdateOutcome($input: UpdateEventOutcomeInput!) {\n    updateEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventUpdateOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventRemoveOutcome($input: RemoveEventOutcomeInput!) {\n    removeEventOutcome(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventRemoveOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopEventPage($eventId: ID!) {\n    workshopEvent(eventId: $eventId) {\n      academySlug\n      inAudience\n      canEdit\n      event {\n        id\n        academyId\n        title {\n          text\n        }\n        description {\n          text\n        }\n        start {\n          text\n          zoneName\n        }\n      }\n      materials {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        body {\n          text\n          fi\n          sv\n          en\n        }\n        url\n      }\n      assignments {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        instructions {\n          text\n          fi\n          sv\n          en\n        }\n        due {\n          text\n          zoneName\n          local\n        }\n        completions {\n          organisationId\n          organisationName\n          done\n          doneByName\n          answer\n          link\n        }\n      }\n      outcomes {\n        id\n        title {\n          text\n          fi\n          sv\n          en\n        }\n        body {\n          text\n          fi\n          sv\n          en\n        }\n        links\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopEventPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventMarkDone($input: MarkAssignmentDoneInput!) {\n    markAssignmentDone(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventMarkDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventUnmarkDone($input: UnmarkAssignmentDoneInput!) {\n    unmarkAssignmentDone(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventUnmarkDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventAddMaterial($input: AddEventMaterialInput!) {\n    addEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventAddMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventUpdateMaterial($input: UpdateEventMaterialInput!) {\n    updateEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventUpdateMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventRemoveMaterial($input: RemoveEventMaterialInput!) {\n    removeEventMaterial(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventRemoveMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventAddAssignment($input: AddEventAssignmentInput!) {\n    addEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventAddAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventUpdateAssignment($input: UpdateEventAssignmentInput!) {\n    updateEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventUpdateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopEventRemoveAssignment($input: RemoveEventAssignmentInput!) {\n    removeEventAssignment(input: $input) {\n      canEdit\n    }\n  }\n"): typeof import('./graphql').WorkshopEventRemoveAssignmentDocument;
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
