import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { SignedIn } from '../../../common/auth/policy.decorator.js';
import { TrackedActionModel } from '../models/tracked-action.model.js';
import { CommentProgressUpdateInput, WriteProgressUpdateInput } from './progress-update.input.js';
import { ProgressUpdateModel } from './progress-update.model.js';
import { ProgressUpdatesService } from './progress-updates.service.js';

/** Progress updates of tracked actions and the comments on them. */
@Resolver(() => ProgressUpdateModel)
export class ProgressUpdatesResolver {
  constructor(private readonly updates: ProgressUpdatesService) {}

  @SignedIn()
  @Mutation(() => TrackedActionModel, {
    description:
      "The action's team (admins for the action plan); staff and the cohort's other organisations NOT_YOUR_PILOT, others NOT_FOUND.",
  })
  writeProgressUpdate(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: WriteProgressUpdateInput,
  ): Promise<TrackedActionModel> {
    return this.updates.write(principal, input);
  }

  @SignedIn()
  @Mutation(() => ProgressUpdateModel, {
    description: 'Experts, admins and the action’s team; anyone else NOT_FOUND.',
  })
  commentProgressUpdate(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CommentProgressUpdateInput,
  ): Promise<ProgressUpdateModel> {
    return this.updates.comment(principal, input);
  }
}
