import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { TimelineEventModel } from './models/timeline-event.model.js';

/** `Academy.events`: the timeline owns the field, the academies feature owns the type. */
@Resolver(() => AcademyModel)
export class AcademyEventsResolver {
  @ResolveField(() => [TimelineEventModel], {
    description:
      'The timeline: cohort-wide events for everyone; more for members, hosts and staff.',
  })
  // A season's timeline: a few dozen events.
  @ListSize(50)
  async events(
    @Parent() academy: AcademyModel,
    @Context() context: GraphqlContext,
  ): Promise<TimelineEventModel[]> {
    const events = await context.loaders.academyEvents.load(academy.id);
    // The academy's time zone shows the events' local times (start, end).
    return events.map((event) => Object.assign(event, { academy }));
  }
}
