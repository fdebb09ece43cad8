import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { zoned, ZonedDateTimeModel } from '../../common/time/zoned-date-time.model.js';
import { AcademyEntity } from '../academies/entities/academy.entity.js';
import { OrganisationEntity } from '../organisations/entities/organisation.entity.js';
import { OrganisationModel } from '../organisations/models/organisation.model.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { ApplicationsService } from './applications.service.js';
import { ApplicationArgs, ApplicationsArgs } from './dto/application.args.js';
import {
  ApplicationIdInput,
  GrantDeadlineExtensionInput,
  SaveApplicationDraftInput,
} from './dto/application.input.js';
import type { ApplicationEntity } from './entities/application.entity.js';
import { overall } from './eligibility.js';
import {
  ApplicationModel,
  ApplicationPageModel,
  CompletenessModel,
  CriterionResultModel,
  DeadlineExtensionModel,
} from './models/application.model.js';

@Resolver(() => ApplicationModel)
export class ApplicationsResolver {
  constructor(
    private readonly applicationsService: ApplicationsService,
    private readonly queries: ApplicationQueriesService,
    private readonly dataSource: DataSource,
  ) {}

  @SignedIn()
  @Query(() => ApplicationModel, {
    description: "One application: its organisation's members, experts and admins.",
  })
  application(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ApplicationArgs,
  ): Promise<ApplicationModel> {
    return this.queries.findVisible(principal, args.id);
  }

  @SignedIn()
  @Query(() => [ApplicationModel], { description: 'The applications of your organisations.' })
  myApplications(@CurrentPrincipal() principal: Principal): Promise<ApplicationModel[]> {
    return this.queries.mine(principal);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => ApplicationPageModel, {
    description: 'For organisers: the applications of one academy.',
  })
  async applications(
    @Args() args: ApplicationsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationPageModel> {
    const academy = await this.dataSource
      .getRepository(AcademyEntity)
      .findOneBy({ id: args.academyId });
    if (!academy) return { items: [], total: 0 };
    // Eligibility and completeness are computed, so those filters run here; an academy's
    // applications number in the tens or hundreds.
    let items = await this.queries.list(academy.id, args);
    if (args.complete !== undefined) {
      const complete = await Promise.all(items.map((item) => this.queries.completeness(item)));
      items = items.filter((_item, index) => complete[index].complete === args.complete);
    }
    if (args.eligibility) {
      const summaries = await Promise.all(
        items.map(async (item) =>
          overall(
            await this.applicationsService.eligibilityOf(
              this.dataSource.manager,
              academy,
              item,
              context.locale,
            ),
          ),
        ),
      );
      items = items.filter((_item, index) => summaries[index] === args.eligibility);
    }
    return { items: items.slice(args.offset, args.offset + args.limit), total: items.length };
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description: 'Creates or updates the draft; only the sections given change.',
  })
  saveApplicationDraft(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveApplicationDraftInput,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationModel> {
    return this.applicationsService.saveDraft(principal, input, context.locale);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description:
      'Refused with NOT_OPEN, DEADLINE_PASSED or NOT_ELIGIBLE (listing the unmet HARD criteria).',
  })
  submitApplication(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ApplicationIdInput,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationModel> {
    return this.applicationsService.submit(principal, input, context.locale);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  withdrawApplication(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ApplicationIdInput,
  ): Promise<ApplicationModel> {
    return this.applicationsService.withdraw(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => DeadlineExtensionModel, {
    description: 'A later deadline for this one application (audited).',
  })
  grantDeadlineExtension(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: GrantDeadlineExtensionInput,
  ): Promise<DeadlineExtensionModel> {
    return this.applicationsService.grantExtension(principal, input);
  }

  @ResolveField(() => [CriterionResultModel], {
    description:
      "Each criterion: MET, NOT_MET or NEEDS_REVIEW, explained in the reader's language.",
  })
  async eligibility(
    @Parent() application: ApplicationEntity,
    @Context() context: GraphqlContext,
  ): Promise<CriterionResultModel[]> {
    const academy = await this.dataSource
      .getRepository(AcademyEntity)
      .findOneByOrFail({ id: application.academyId });
    return this.applicationsService.eligibilityOf(
      this.dataSource.manager,
      academy,
      application,
      context.locale,
    );
  }

  @ResolveField(() => OrganisationModel, {
    description: 'The applying organisation (readers of the application only).',
  })
  organisation(@Parent() application: ApplicationEntity): Promise<OrganisationModel> {
    return this.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: application.organisationId });
  }

  @ResolveField(() => CompletenessModel)
  completeness(@Parent() application: ApplicationEntity): Promise<CompletenessModel> {
    return this.queries.completeness(application);
  }

  @ResolveField(() => ZonedDateTimeModel, {
    description: 'The deadline that applies, including an extension.',
  })
  async deadline(@Parent() application: ApplicationEntity): Promise<ZonedDateTimeModel> {
    const academy = await this.dataSource
      .getRepository(AcademyEntity)
      .findOneByOrFail({ id: application.academyId });
    return zoned(
      await this.applicationsService.effectiveDeadline(
        this.dataSource.manager,
        academy,
        application.id,
      ),
      academy.timeZone,
    );
  }
}
