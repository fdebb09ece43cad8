import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { TimelineEventModel } from './models/timeline-event.model.js';

/** `Academy.events`: the timeline owns the field, the academies feature owns the type. */
@Resolver(() => AcademyModel)
export class AcademyEventsResolver {
  @ResolveField(() => [TimelineEventModel], {
    description:
      'The timeline: cohort-wide events for everyone; more for members, hosts and staff.',
    complexity: 10,
  })
  async events(
    @Parent() academy: AcademyModel,
    @Context() context: GraphqlContext,
  ): Promise<TimelineEventModel[]> {
    const events = await context.loaders.academyEvents.load(academy.id);
    // The academy's time zone shows the events' local times (start, end).
    return events.map((event) => Object.assign(event, { academy }));
  }
}
