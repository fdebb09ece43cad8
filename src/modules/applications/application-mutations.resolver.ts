import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ApplicationDraftsService } from './application-drafts.service.js';
import { ApplicationIdInput } from './dto/application-id.input.js';
import { SaveApplicationDraftInput } from './dto/save-application-draft.input.js';
import { ApplicationModel } from './models/application.model.js';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase.js';

@Resolver(() => ApplicationModel)
export class ApplicationMutationsResolver {
  constructor(
    private readonly drafts: ApplicationDraftsService,
    private readonly submitApplicationUseCase: SubmitApplicationUseCase,
  ) {}

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description: 'Creates or updates the draft; only the sections given change.',
  })
  saveApplicationDraft(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveApplicationDraftInput,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationModel> {
    return this.drafts.saveDraft(principal, input, context.locale);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel, {
    description:
      'Refused with NOT_OPEN, DEADLINE_PASSED or NOT_ELIGIBLE (listing the unmet HARD criteria).',
  })
  submitApplication(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ApplicationIdInput,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationModel> {
    return this.submitApplicationUseCase.execute(principal, input, context.locale);
  }

  @SignedIn()
  @Mutation(() => ApplicationModel)
  withdrawApplication(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ApplicationIdInput,
  ): Promise<ApplicationModel> {
    return this.drafts.withdraw(principal, input);
  }
}
