import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@ObjectType('CalendarFeed', { description: 'Your personal, secret calendar subscription.' })
export class CalendarFeedModel {
  @Field({ description: 'https URL of the .ics feed; keep it secret.' })
  url: string;

  @Field({
    description: 'The same as webcal://, which opens the subscription dialog in calendar apps.',
  })
  webcalUrl: string;
}

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
