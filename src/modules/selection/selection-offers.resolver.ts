import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import { ConfirmParticipationInput } from './dto/confirm-participation.input.js';
import { DeclineParticipationInput } from './dto/decline-participation.input.js';
import { SelectionOfferModel } from './models/selection-offer.model.js';
import { OfferResponsesService } from './offer-responses.service.js';

/** The organisation's contacts answer its offer of a place. */
@Resolver(() => SelectionOfferModel)
export class SelectionOffersResolver {
  constructor(private readonly responses: OfferResponsesService) {}

  @SignedIn()
  @Mutation(() => SelectionOfferModel, {
    description:
      'A CONTACT confirms the offer: the organisation and its named team join the cohort. NO_OFFER, OFFER_ANSWERED, CONFIRMATION_DEADLINE_PASSED.',
  })
  confirmParticipation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ConfirmParticipationInput,
  ): Promise<SelectionOfferModel> {
    return this.responses.confirm(principal, input);
  }

  @SignedIn()
  @Mutation(() => SelectionOfferModel, {
    description:
      'A CONTACT declines the offer: the seat goes to the best-ranked reserve at once. NO_OFFER, OFFER_ANSWERED, CONFIRMATION_DEADLINE_PASSED.',
  })
  declineParticipation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DeclineParticipationInput,
  ): Promise<SelectionOfferModel> {
    return this.responses.decline(principal, input);
  }
}
