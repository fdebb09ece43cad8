import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Roles } from '../../../common/auth/policy.decorator.js';
import { FollowUpSettingsModel, SetFollowUpSettingsInput } from './follow-up-settings.model.js';
import { FollowUpSettingsService } from './follow-up-settings.service.js';

/** Check-in settings: experts and admins read, admins write. */
@Resolver(() => FollowUpSettingsModel)
export class FollowUpSettingsResolver {
  constructor(private readonly settings: FollowUpSettingsService) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => FollowUpSettingsModel, {
    description:
      "The academy's check-in cadence and task-reminder lead (defaults MONTHLY and 3 days). Experts and admins.",
  })
  followUpSettings(
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<FollowUpSettingsModel> {
    return this.settings.of(academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => FollowUpSettingsModel, {
    description: "Sets the academy's check-in settings (admins; audited).",
  })
  setFollowUpSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetFollowUpSettingsInput,
  ): Promise<FollowUpSettingsModel> {
    return this.settings.set(principal, input);
  }
}
