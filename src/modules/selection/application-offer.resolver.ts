import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ApplicationModel } from '../applications/models/application.model.js';
import { SelectionOfferModel } from './models/selection-offer.model.js';

/**
 * An application's offer of a place and its place on the reserve list, beside the
 * application: whoever may read the application (its organisation's members, staff) sees
 * them. Nothing exists before the release.
 */
@Resolver(() => ApplicationModel)
export class ApplicationOfferResolver {
  @ResolveField(() => SelectionOfferModel, {
    nullable: true,
    description: 'The place offered to the organisation (accepted, or a promoted reserve).',
  })
  offer(
    @Parent() application: Pick<ApplicationModel, 'id'>,
    @Context() context: GraphqlContext,
  ): Promise<SelectionOfferModel | null> {
    return context.loaders.selectionOfferOfApplication.load(application.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'A released reserve not offered a place yet: its place in the queue (1 = offered the next freed place). Moves up as reserves ahead are offered places.',
  })
  reservePosition(
    @Parent() application: Pick<ApplicationModel, 'id'>,
    @Context() context: GraphqlContext,
  ): Promise<number | null> {
    return context.loaders.reservePositionOfApplication.load(application.id);
  }
}
