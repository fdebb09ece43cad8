import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, LoaderRequest } from '../../common/graphql/loaders.js';
import { UsersService } from '../users/users.service.js';
import type { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { createAcademyEventsLoader } from './loaders/academy-events.loader.js';
import { createEventHostsLoader, type HostSummary } from './loaders/event-hosts.loader.js';
import { TimelineService } from './timeline.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** The hosts of an event, by event id. */
    eventHosts: DataLoader<string, HostSummary[]>;
    /** The events of an academy the caller may see, by academy id. */
    academyEvents: DataLoader<string, TimelineEventEntity[]>;
  }
}

@Injectable()
@ProvidesLoaders()
export class TimelineLoaders implements LoaderFactory {
  constructor(
    private readonly timeline: TimelineService,
    private readonly users: UsersService,
  ) {}

  create(request: LoaderRequest) {
    return {
      eventHosts: createEventHostsLoader(this.timeline, this.users),
      academyEvents: createAcademyEventsLoader(this.timeline, request),
    };
  }
}
