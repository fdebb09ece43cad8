import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import type { AcademyEntity } from '../academies/entities/academy.entity.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { SetEligibilityCriteriaInput } from './dto/criteria.input.js';
import { EligibilityCriterionModel } from './models/application.model.js';

@Resolver(() => AcademyModel)
export class CriteriaResolver {
  constructor(private readonly queries: ApplicationQueriesService) {}

  @ResolveField(() => [EligibilityCriterionModel], {
    description: 'The published eligibility criteria, in order.',
  })
  eligibilityCriteria(@Parent() academy: AcademyEntity): Promise<EligibilityCriterionModel[]> {
    return this.queries.criteriaOf(academy.id);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => [EligibilityCriterionModel], {
    description: "Replaces the academy's criteria (audited).",
  })
  setEligibilityCriteria(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetEligibilityCriteriaInput,
  ): Promise<EligibilityCriterionModel[]> {
    return this.queries.setCriteria(principal, input);
  }
}
