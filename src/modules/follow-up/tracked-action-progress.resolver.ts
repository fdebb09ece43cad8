import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { TrackedActionMeasureModel } from './measures/measures.model.js';
import { TrackedActionMetricModel } from './metrics/metric.model.js';
import { TrackedActionModel } from './models/tracked-action.model.js';
import { ProgressUpdateModel } from './updates/progress-update.model.js';
import { ProgressUpdatesArgs } from './updates/progress-updates.args.js';

/**
 * Measures, metrics and progress updates of a TrackedAction, through per-request loaders.
 * Whoever was given the action may read them: the action itself was checked.
 */
@Resolver(() => TrackedActionModel)
export class TrackedActionProgressResolver {
  @ListSize(10)
  @ResolveField(() => [TrackedActionMeasureModel], {
    description: "The catalogue measures the action uses, in the catalogue's order.",
  })
  measures(
    @Parent() action: TrackedActionModel,
    @Context() context: GraphqlContext,
  ): Promise<TrackedActionMeasureModel[]> {
    return context.loaders.trackedActionMeasures.load(action.id) as Promise<
      TrackedActionMeasureModel[]
    >;
  }

  @ListSize(10)
  @ResolveField(() => [TrackedActionMetricModel], { description: 'In the order they were added.' })
  metrics(
    @Parent() action: TrackedActionModel,
    @Context() context: GraphqlContext,
  ): Promise<TrackedActionMetricModel[]> {
    return context.loaders.trackedActionMetrics.load(action.id);
  }

  @ResolveField(() => [ProgressUpdateModel], {
    description: "The newest updates first (the action's history), with their comments.",
  })
  updates(
    @Parent() action: TrackedActionModel,
    @Context() context: GraphqlContext,
    @Args() { limit }: ProgressUpdatesArgs,
  ): Promise<ProgressUpdateModel[]> {
    return context.loaders.trackedActionUpdates.load({ actionId: action.id, limit });
  }
}
