import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { ApplicationArgs } from './dto/application.args.js';
import { ApplicationsArgs } from './dto/applications.args.js';
import { ApplicationPageModel } from './models/application-page.model.js';
import { ApplicationModel } from './models/application.model.js';

@Resolver(() => ApplicationModel)
export class ApplicationQueriesResolver {
  constructor(private readonly queries: ApplicationQueriesService) {}

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
  @ListSize(10)
  myApplications(@CurrentPrincipal() principal: Principal): Promise<ApplicationModel[]> {
    return this.queries.mine(principal);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => ApplicationPageModel, {
    description: 'For organisers: the applications of one academy.',
  })
  applications(
    @Args() args: ApplicationsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationPageModel> {
    return this.queries.page(args, context.locale);
  }
}
