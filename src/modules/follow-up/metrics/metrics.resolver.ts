import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { SignedIn } from '../../../common/auth/policy.decorator.js';
import { TrackedActionModel } from '../models/tracked-action.model.js';
import {
  AddMetricInput,
  RecordMeasurementInput,
  RemoveMetricInput,
  UpdateMetricInput,
} from './metric.input.js';
import { TrackedActionMetricsService } from './tracked-action-metrics.service.js';

const EDITORS =
  "The action's team (admins for the action plan); staff and the cohort's other organisations NOT_YOUR_PILOT, others NOT_FOUND.";

/** Metrics of tracked actions and their dated measurements. */
@Resolver()
export class MetricsResolver {
  constructor(private readonly metrics: TrackedActionMetricsService) {}

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: EDITORS })
  addMetric(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddMetricInput,
  ): Promise<TrackedActionModel> {
    return this.metrics.add(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: EDITORS })
  updateMetric(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateMetricInput,
  ): Promise<TrackedActionModel> {
    return this.metrics.update(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, { description: EDITORS })
  removeMetric(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveMetricInput,
  ): Promise<TrackedActionModel> {
    return this.metrics.remove(principal, input);
  }

  @SignedIn()
  @Mutation(() => TrackedActionModel, {
    description: `${EDITORS} A metric of another action: METRIC_NOT_IN_ACTION; a date that does not exist: INVALID_DATE.`,
  })
  recordMeasurement(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordMeasurementInput,
  ): Promise<TrackedActionModel> {
    return this.metrics.recordMeasurement(principal, input);
  }
}
