import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { Roles } from '../../../common/auth/policy.decorator.js';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { CohortPilotProgressModel } from './cohort-progress.model.js';
import { CohortProgressService } from './cohort-progress.service.js';

/** The experts' cohort dashboard. */
@Resolver(() => CohortPilotProgressModel)
export class CohortProgressResolver {
  constructor(private readonly progress: CohortProgressService) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @ListSize(50)
  @Query(() => [CohortPilotProgressModel], {
    description:
      "Every pilot of the academy's cohort, by organisation name: stage, declared vs derived schedule, overdue tasks, last update, applied measures. Experts and admins (others FORBIDDEN). CSV: GET /exports/academies/:id/cohort-progress.csv.",
  })
  cohortProgress(
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<CohortPilotProgressModel[]> {
    return this.progress.cohortProgress(academyId);
  }
}
