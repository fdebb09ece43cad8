import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ApplicationModel } from '../applications/models/application.model.js';
import { ConsultationBookingModel } from './models/consultation-booking.model.js';

/**
 * An application's consultation, beside the application (whoever may read it sees it).
 * Declared here, not in applications: applications does not depend on consultations.
 */
@Resolver(() => ApplicationModel)
export class ApplicationConsultationResolver {
  @ResolveField(() => ConsultationBookingModel, {
    nullable: true,
    description: 'The active consultation booking, if any.',
  })
  consultation(
    @Parent() application: Pick<ApplicationModel, 'id'>,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationBookingModel | null> {
    return context.loaders.activeBookingOfApplication.load(application.id);
  }
}
