import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { DeadlineExtensionsService } from './deadline-extensions.service.js';
import { GrantDeadlineExtensionInput } from './dto/grant-deadline-extension.input.js';
import { DeadlineExtensionModel } from './models/deadline-extension.model.js';

@Resolver(() => DeadlineExtensionModel)
export class DeadlineExtensionResolver {
  constructor(private readonly deadlines: DeadlineExtensionsService) {}

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => DeadlineExtensionModel, {
    description: 'A later deadline for this one application (audited).',
  })
  grantDeadlineExtension(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: GrantDeadlineExtensionInput,
  ): Promise<DeadlineExtensionModel> {
    return this.deadlines.grant(principal, input);
  }
}
