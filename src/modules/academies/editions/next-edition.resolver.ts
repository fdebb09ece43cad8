import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../../common/graphql/graphql-context.js';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Roles } from '../../../common/auth/policy.decorator.js';
import { AcademyModel } from '../models/academy.model.js';
import { CreateNextEditionUseCase } from './create-next-edition.usecase.js';
import { CreateNextEditionInput, NextEditionPreviewInput } from './next-edition.inputs.js';
import { NextEditionPreviewModel } from './next-edition.models.js';

@Resolver()
export class NextEditionResolver {
  constructor(private readonly nextEdition: CreateNextEditionUseCase) {}

  @Roles(GlobalRole.ADMIN)
  @Query(() => NextEditionPreviewModel, {
    description:
      'Admins: the date-times `createNextEdition` would shift, and which do not exist in the new year (nothing is written).',
  })
  nextEditionPreview(
    @Context() context: GraphqlContext,
    @Args('input') input: NextEditionPreviewInput,
  ): Promise<NextEditionPreviewModel> {
    return this.nextEdition.preview(input, context.locale);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AcademyModel, {
    description:
      "Admins: copies an academy (texts, settings, criteria, rubric, measure catalogue, follow-up settings, timeline, appointment rounds) into a new DRAFT edition, every date-time shifted in the academy's zone with its wall-clock time kept; no applications, cohort, slots, bookings or reports. Refused as a whole with SLUG_TAKEN or NONEXISTENT_LOCAL_TIME.",
  })
  createNextEdition(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateNextEditionInput,
  ): Promise<AcademyModel> {
    return this.nextEdition.create(principal, input);
  }
}
