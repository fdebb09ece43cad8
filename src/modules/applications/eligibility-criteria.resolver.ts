import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { SetEligibilityCriteriaInput } from './dto/set-eligibility-criteria.input.js';
import { EligibilityCriteriaService } from './eligibility-criteria.service.js';
import { EligibilityCriterionModel } from './models/eligibility-criterion.model.js';
import { AnswerChoicesModel } from './models/answer-choices.model.js';
import { answerChoicesOf } from './answer-codes.js';

@Resolver(() => AcademyModel)
export class EligibilityCriteriaResolver {
  constructor(private readonly criteria: EligibilityCriteriaService) {}

  @ResolveField(() => [EligibilityCriterionModel], {
    description: 'The published eligibility criteria, in order.',
  })
  eligibilityCriteria(
    @Parent() academy: AcademyRecord,
    @Context() context: GraphqlContext,
  ): Promise<EligibilityCriterionModel[]> {
    return context.loaders.academyCriteria.load(academy.id);
  }

  // The same criteria (one loader), read as the form's choice lists: what the drafts' code
  // check accepts (answer-codes.ts), so a client never hard-codes an academy's categories.
  @ResolveField(() => AnswerChoicesModel, {
    description:
      "The codes the application form's choice fields take (pilot category, team roles, groundwork programmes).",
  })
  async answerChoices(
    @Parent() academy: AcademyRecord,
    @Context() context: GraphqlContext,
  ): Promise<AnswerChoicesModel> {
    return answerChoicesOf(await context.loaders.academyCriteria.load(academy.id));
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => [EligibilityCriterionModel], {
    description: "Replaces the academy's criteria (audited).",
  })
  setEligibilityCriteria(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetEligibilityCriteriaInput,
  ): Promise<EligibilityCriterionModel[]> {
    return this.criteria.setEligibilityCriteria(principal, input);
  }
}
