import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Public, Roles } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { zoned } from '../../common/time/zoned-date-time.model.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { AcademiesAdminService } from './academies-admin.service.js';
import { AcademiesService } from './academies.service.js';
import { AcademiesArgs } from './dto/academies.args.js';
import { AcademyArgs } from './dto/academy.args.js';
import { AcademyIdInput } from './dto/academy-id.input.js';
import { CreateAcademyInput } from './dto/create-academy.input.js';
import { UpdateAcademyInput } from './dto/update-academy.input.js';
import type { AcademyEntity } from './entities/academy.entity.js';
import { AcademyDatesModel } from './models/academy-dates.model.js';
import { AcademyModel } from './models/academy.model.js';

@Resolver(() => AcademyModel)
export class AcademiesResolver {
  constructor(
    private readonly academiesService: AcademiesService,
    private readonly admin: AcademiesAdminService,
  ) {}

  @Public()
  @Query(() => [AcademyModel], { description: 'Published academies, newest first (staff: all).' })
  academies(
    @CurrentPrincipal() principal: Principal | null,
    @Context() context: GraphqlContext,
    @Args() args: AcademiesArgs,
  ): Promise<AcademyModel[]> {
    if (args.locale) context.locale = args.locale;
    return this.academiesService.list(principal);
  }

  @Public()
  @Query(() => AcademyModel, {
    nullable: true,
    description: 'One academy by slug; null when there is none.',
  })
  academy(
    @CurrentPrincipal() principal: Principal | null,
    @Context() context: GraphqlContext,
    @Args() args: AcademyArgs,
  ): Promise<AcademyModel | null> {
    if (args.locale) context.locale = args.locale;
    return this.academiesService.findBySlug(principal, args.slug);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AcademyModel, { description: 'Creates a DRAFT academy.' })
  createAcademy(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateAcademyInput,
  ): Promise<AcademyModel> {
    return this.admin.create(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AcademyModel)
  updateAcademy(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateAcademyInput,
  ): Promise<AcademyModel> {
    return this.admin.update(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AcademyModel, { description: 'DRAFT → OPEN: the academy becomes public.' })
  publishAcademy(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AcademyIdInput,
  ): Promise<AcademyModel> {
    return this.admin.publish(principal, input.academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AcademyModel, { description: 'Hides the academy from public lists.' })
  archiveAcademy(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AcademyIdInput,
  ): Promise<AcademyModel> {
    return this.admin.archive(principal, input.academyId);
  }

  @ResolveField(() => AcademyDatesModel, {
    description: "The key dates in the academy's time zone.",
  })
  dates(@Parent() academy: AcademyEntity): AcademyDatesModel {
    return {
      applicationOpensAt: zoned(academy.applicationOpensAt, academy.timeZone),
      applicationDeadline: zoned(academy.applicationDeadline, academy.timeZone),
      consultationBookingDeadline: zoned(academy.consultationBookingDeadline, academy.timeZone),
      selectionAnnouncementAt: zoned(academy.selectionAnnouncementAt, academy.timeZone),
      confirmationDeadline: academy.confirmationDeadline
        ? zoned(academy.confirmationDeadline, academy.timeZone)
        : null,
    };
  }
}
