import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Roles } from '../../../common/auth/policy.decorator.js';
import {
  RetentionRunModel,
  RetentionRunsArgs,
  RetentionSettingModel,
  RetentionSettingsArgs,
  SetRetentionLegalMinimumInput,
  UpdateRetentionSettingsInput,
} from './retention.models.js';
import { RetentionRunsService } from './retention-runs.service.js';
import { RetentionSettingsService } from './retention-settings.service.js';

/** Retention periods (admins and experts read, admins write) and the daily runs' reports. */
@Resolver(() => RetentionSettingModel)
export class RetentionResolver {
  constructor(
    private readonly settings: RetentionSettingsService,
    private readonly runs: RetentionRunsService,
  ) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => [RetentionSettingModel], {
    description:
      "How long the academy keeps each kind of personal data: every kind with its default, the academy's own period and legal minimum. Admins and the academy's staff (experts).",
  })
  retentionSettings(@Args() args: RetentionSettingsArgs): Promise<RetentionSettingModel[]> {
    return this.settings.of(args.academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => [RetentionSettingModel], {
    description:
      "Sets some of the academy's retention periods (admins; audited). A period shorter than the academy's legal minimum for the kind, or a platform-wide kind, refuses the whole input.",
  })
  updateRetentionSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateRetentionSettingsInput,
  ): Promise<RetentionSettingModel[]> {
    return this.settings.update(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => [RetentionSettingModel], {
    description:
      "Sets the academy's legal minimum for one kind (admins; audited with the reason). Lowering it is always allowed; a minimum longer than the period in force is refused (RETENTION_MINIMUM_ABOVE_PERIOD): lengthen the period first.",
  })
  setRetentionLegalMinimum(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetRetentionLegalMinimumInput,
  ): Promise<RetentionSettingModel[]> {
    return this.settings.setLegalMinimum(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Query(() => [RetentionRunModel], {
    description:
      'What the daily retention runs deleted or pseudonymised, newest first: per academy, or without `academyId` the platform-wide kinds. Admins.',
  })
  retentionRuns(@Args() args: RetentionRunsArgs): Promise<RetentionRunModel[]> {
    return this.runs.list(args);
  }
}
