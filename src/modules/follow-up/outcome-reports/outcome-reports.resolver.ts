import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Roles, SignedIn } from '../../../common/auth/policy.decorator.js';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { FollowUpSettingsModel } from '../check-ins/follow-up-settings.model.js';
import { FollowUpSettingsService } from '../check-ins/follow-up-settings.service.js';
import {
  OutcomeReportModel,
  SaveOutcomeReportInput,
  SetOutcomeReportDeadlineInput,
} from './outcome-report.model.js';
import { OutcomeReportReminders } from './outcome-report-reminders.js';
import { OutcomeReportsService } from './outcome-reports.service.js';

const WRITERS =
  "The organisation's responsible person, once the academy is ALUMNI and until its deadline. Refusals (nothing written): NOT_RESPONSIBLE_PERSON, NOT_YOUR_PILOT, NOT_ALUMNUS, OUTCOME_REPORT_CLOSED, OUTCOME_REPORT_SUBMITTED, MEASURE_NOT_IN_CATALOGUE, METRIC_NOT_IN_ACTION.";

/** Outcome reports of alumni pilots and the academy's deadline. Rules are in the services. */
@Resolver(() => OutcomeReportModel)
export class OutcomeReportsResolver {
  constructor(
    private readonly reports: OutcomeReportsService,
    private readonly reminders: OutcomeReportReminders,
    private readonly settings: FollowUpSettingsService,
  ) {}

  @SignedIn()
  @Query(() => OutcomeReportModel, {
    description:
      "The organisation's outcome report in the academy, prefilled from its pilot while not started. Its team, experts and admins; others NOT_FOUND.",
  })
  outcomeReport(
    @CurrentPrincipal() principal: Principal,
    @Args('academyId', { type: () => ID }) academyId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<OutcomeReportModel> {
    return this.reports.ofPilot(principal, academyId, organisationId);
  }

  @SignedIn()
  @ListSize(10)
  @Query(() => [OutcomeReportModel], {
    description:
      "The outcome reports of the caller's organisations in the academy (those on whose cohort team they are: the responsible person, named participants, members); none: an empty list.",
  })
  myOutcomeReports(
    @CurrentPrincipal() principal: Principal,
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<OutcomeReportModel[]> {
    return this.reports.mine(principal, academyId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @ListSize(50)
  @Query(() => [OutcomeReportModel], {
    description:
      "Every pilot's outcome report of the academy side by side (not started ones prefilled). Experts and admins.",
  })
  outcomeReports(
    @CurrentPrincipal() principal: Principal,
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<OutcomeReportModel[]> {
    return this.reports.ofAcademy(principal, academyId);
  }

  @SignedIn()
  @Mutation(() => OutcomeReportModel, {
    description: `Saves the report as a draft (audited). ${WRITERS}`,
  })
  saveOutcomeReport(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveOutcomeReportInput,
  ): Promise<OutcomeReportModel> {
    return this.reports.save(principal, input);
  }

  @SignedIn()
  @Mutation(() => OutcomeReportModel, {
    description: `Saves and submits the report (final; audited); procured and lessons required (OUTCOME_REPORT_INCOMPLETE). ${WRITERS}`,
  })
  submitOutcomeReport(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveOutcomeReportInput,
  ): Promise<OutcomeReportModel> {
    return this.reports.submit(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => FollowUpSettingsModel, {
    description:
      "Sets the academy's outcome-report deadline (admins; audited) and plans the reminders 14 and 3 days before. INVALID_DATE for a date that does not exist.",
  })
  async setOutcomeReportDeadline(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetOutcomeReportDeadlineInput,
  ): Promise<FollowUpSettingsModel> {
    await this.reminders.setDeadline(principal, input);
    return this.settings.of(input.academyId);
  }
}
