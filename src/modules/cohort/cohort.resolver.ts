import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import { CohortService } from './cohort.service.js';
import { CohortArgs } from './dto/cohort.args.js';
import { CohortModel } from './models/cohort.model.js';

@Resolver(() => CohortModel)
export class CohortResolver {
  constructor(private readonly cohorts: CohortService) {}

  @SignedIn()
  @Query(() => CohortModel, {
    description: "An academy's cohort: staff and the cohort's members only (else FORBIDDEN).",
  })
  cohort(
    @CurrentPrincipal() principal: Principal,
    @Args() { academyId }: CohortArgs,
  ): Promise<CohortModel> {
    return this.cohorts.cohortOf(principal, academyId);
  }
}
