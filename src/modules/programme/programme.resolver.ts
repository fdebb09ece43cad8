import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Public, Roles } from '../../common/auth/policy.decorator.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { TimelineEventModel } from '../timeline/models/timeline-event.model.js';
import { PlanMeetingSeriesInput } from './dto/plan-meeting-series.input.js';
import { ProgrammePageArgs, ProgrammePageOfArgs } from './dto/programme-page.args.js';
import {
  SetProgrammeBudgetInput,
  SetProgrammeDurationInput,
  SetProgrammePartnersInput,
} from './dto/set-programme-details.input.js';
import { ProgrammePageModel } from './models/programme-page.model.js';
import { ProgrammeService } from './programme.service.js';
import { PlanMeetingSeries } from './usecases/plan-meeting-series/plan-meeting-series.usecase.js';

@Resolver(() => ProgrammePageModel)
export class ProgrammeResolver {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly meetingSeries: PlanMeetingSeries,
  ) {}

  @Public()
  @Query(() => ProgrammePageModel, {
    nullable: true,
    description:
      "A programme's public page by the academy's slug; null when there is none or it is not published (staff also see drafts). Nothing personal.",
  })
  programmePage(
    @CurrentPrincipal() principal: Principal | null,
    @Context() context: GraphqlContext,
    @Args() args: ProgrammePageArgs,
  ): Promise<ProgrammePageModel | null> {
    if (args.locale) context.locale = args.locale;
    return this.programmes.pageBySlug(principal, args.slug);
  }

  @Roles(GlobalRole.ADMIN)
  @Query(() => ProgrammePageModel, {
    description: 'Admins: the programme page of any academy, for editing (what it will show).',
  })
  programmePageOf(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ProgrammePageOfArgs,
  ): Promise<ProgrammePageModel> {
    return this.programmes.pageOf(principal, args.academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => ProgrammePageModel, {
    description: "Sets (or clears) the programme's first and last day.",
  })
  setProgrammeDuration(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetProgrammeDurationInput,
  ): Promise<ProgrammePageModel> {
    return this.programmes.setDuration(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => ProgrammePageModel, {
    description: 'Sets the total budget and replaces the funding sources.',
  })
  setProgrammeBudget(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetProgrammeBudgetInput,
  ): Promise<ProgrammePageModel> {
    return this.programmes.setBudget(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => ProgrammePageModel, { description: 'Replaces the partners, in order.' })
  setProgrammePartners(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetProgrammePartnersInput,
  ): Promise<ProgrammePageModel> {
    return this.programmes.setPartners(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => [TimelineEventModel], {
    description:
      'Plans a meeting series as individual timeline events (one transaction); each can be moved or cancelled alone afterwards.',
  })
  planMeetingSeries(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: PlanMeetingSeriesInput,
  ): Promise<TimelineEventModel[]> {
    return this.meetingSeries.execute(principal, input);
  }
}
