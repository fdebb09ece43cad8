import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarFeedModel } from './models/calendar-feed.model.js';

@Resolver(() => CalendarFeedModel)
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @SignedIn()
  @Query(() => CalendarFeedModel)
  myCalendarFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedModel> {
    return this.feeds.myFeed(principal);
  }

  @SignedIn()
  @Mutation(() => CalendarFeedModel, {
    description: 'A new feed URL; the old one stops working at once.',
  })
  rotateCalendarFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedModel> {
    return this.feeds.rotate(principal);
  }
}
