import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { zoned, ZonedDateTimeModel } from '../../common/time/zoned-date-time.model.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CancelEventInput } from './dto/cancel-event.input.js';
import { RescheduleEventInput } from './dto/reschedule-event.input.js';
import { ScheduleEventInput } from './dto/schedule-event.input.js';
import { UpdateEventInput } from './dto/update-event.input.js';
import type { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { TimelineEventModel } from './models/timeline-event.model.js';
import { TimelineService } from './timeline.service.js';

@Resolver(() => TimelineEventModel)
export class TimelineResolver {
  constructor(private readonly timeline: TimelineService) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => TimelineEventModel, {
    description: 'Admins: any event. Experts: sessions they host.',
  })
  scheduleEvent(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ScheduleEventInput,
  ): Promise<TimelineEventModel> {
    return this.timeline.schedule(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => TimelineEventModel)
  updateEvent(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateEventInput,
  ): Promise<TimelineEventModel> {
    return this.timeline.update(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => TimelineEventModel)
  rescheduleEvent(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RescheduleEventInput,
  ): Promise<TimelineEventModel> {
    return this.timeline.reschedule(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => TimelineEventModel, {
    description: 'Keeps the event, as CANCELLED, so calendars remove it.',
  })
  cancelEvent(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CancelEventInput,
  ): Promise<TimelineEventModel> {
    return this.timeline.cancel(principal, input);
  }

  @ResolveField(() => ZonedDateTimeModel, { description: "Start in the academy's time zone." })
  start(
    @Parent() event: TimelineEventEntity & { academy?: { timeZone: string } },
  ): ZonedDateTimeModel {
    return zoned(event.startsAt, event.academy?.timeZone ?? 'Europe/Helsinki');
  }

  @ResolveField(() => ZonedDateTimeModel)
  end(
    @Parent() event: TimelineEventEntity & { academy?: { timeZone: string } },
  ): ZonedDateTimeModel {
    return zoned(event.endsAt, event.academy?.timeZone ?? 'Europe/Helsinki');
  }

  @ResolveField(() => [String], { description: 'Names of the hosts.' })
  async hostNames(
    @Parent() event: TimelineEventEntity,
    @Context() context: GraphqlContext,
  ): Promise<string[]> {
    const hosts = event.hosts ?? (await context.loaders.eventHosts.load(event.id));
    return hosts.map((host) => host.name ?? '').filter((name) => name.length > 0);
  }
}
