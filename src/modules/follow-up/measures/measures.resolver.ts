import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Roles, SignedIn } from '../../../common/auth/policy.decorator.js';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { TrackedActionModel } from '../models/tracked-action.model.js';
import {
  AddCircularMeasureInput,
  SetTrackedActionMeasureInput,
  UnsetTrackedActionMeasureInput,
  UpdateCircularMeasureInput,
} from './circular-measure.input.js';
import { CircularMeasuresService } from './circular-measures.service.js';
import { CircularMeasureModel } from './measures.model.js';
import { TrackedActionMeasuresService } from './tracked-action-measures.service.js';

const EDITORS =
  "The action's team (admins for the action plan); staff and the cohort's other organisations NOT_YOUR_PILOT, others NOT_FOUND.";

/** The academy's catalogue of circular-economy measures, and the measures an action uses. */
@Resolver(() => CircularMeasureModel)
export class MeasuresResolver {
  constructor(
    private readonly catalogue: CircularMeasuresService,
    private readonly measures: TrackedActionMeasuresService,
  ) {}

  @SignedIn()
  @ListSize(10)
  @Query(() => [CircularMeasureModel], {
    description: "The academy's catalogue of circular-economy measures, in its order.",
  })
  circularMeasures(
    @Args('academyId', { type: () => ID }) academyId: string,
  ): Promise<CircularMeasureModel[]> {
    return this.catalogue.catalogue(academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => CircularMeasureModel, {
    description: 'Admins. A key the academy has: MEASURE_KEY_TAKEN.',
  })
  addCircularMeasure(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddCircularMeasureInput,
  ): Promise<CircularMeasureModel> {
    return this.catalogue.add(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => CircularMeasureModel, { description: 'Admins.' })
  updateCircularMeasure(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateCircularMeasureInput,
  ): Promise<CircularMeasureModel> {
    return this.catalogue.update(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: EDITORS })
  setTrackedActionMeasure(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetTrackedActionMeasureInput,
  ): Promise<TrackedActionModel> {
    return this.measures.set(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, {
    description: `${EDITORS} A measure not used changes nothing.`,
  })
  unsetTrackedActionMeasure(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UnsetTrackedActionMeasureInput,
  ): Promise<TrackedActionModel> {
    return this.measures.unset(principal, input);
  }
}
