import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { EventRegistrantsArgs } from './dto/event-registrants.args.js';
import { EventRegistrationInput } from './dto/event-registration.input.js';
import { SetEventRegistrationInput } from './dto/set-event-registration.input.js';
import { EventRegistrantModel, EventRegistrationModel } from './models/event-registration.model.js';
import { RegistrationService } from './registration.service.js';

@Resolver(() => EventRegistrationModel)
export class RegistrationResolver {
  constructor(private readonly registration: RegistrationService) {}

  @SignedIn()
  @Query(() => EventRegistrationModel, {
    nullable: true,
    description:
      'Registration for an event the caller may see: null when it takes none. NOT_FOUND for an event the caller may not see.',
  })
  eventRegistration(
    @CurrentPrincipal() principal: Principal,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<EventRegistrationModel | null> {
    return this.registration.registrationOf(principal, eventId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @ListSize(100)
  @Query(() => [EventRegistrantModel], {
    description: 'Staff: the registered (by seat), then the waitlist (in arrival order).',
  })
  eventRegistrants(
    @CurrentPrincipal() principal: Principal,
    @Args() args: EventRegistrantsArgs,
  ): Promise<EventRegistrantModel[]> {
    return this.registration.registrantsOf(principal, args);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => EventRegistrationModel, {
    description:
      'Admins (any event) and its hosts: the capacity and closing time. Raising the capacity promotes from the waitlist.',
  })
  setEventRegistration(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetEventRegistrationInput,
  ): Promise<EventRegistrationModel | null> {
    return this.registration.configure(principal, input);
  }

  @SignedIn()
  @Mutation(() => EventRegistrationModel, {
    description:
      "The caller registers: a seat while one is free, else the waitlist's end. Audience members only, until closesAt, once.",
  })
  registerForEvent(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EventRegistrationInput,
  ): Promise<EventRegistrationModel | null> {
    return this.registration.register(principal, input);
  }

  @SignedIn()
  @Mutation(() => EventRegistrationModel, {
    description:
      'The caller cancels (until the event starts); a freed seat goes to the first waitlisted person at once, with mail.',
  })
  cancelEventRegistration(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EventRegistrationInput,
  ): Promise<EventRegistrationModel | null> {
    return this.registration.cancel(principal, input);
  }
}
