import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { Roles, SignedIn } from '../../../common/auth/policy.decorator.js';
import { AccountErasureService } from './account-erasure.service.js';
import { DeleteMyAccountInput } from './dto/delete-my-account.input.js';
import { EraseUserInput } from './dto/erase-user.input.js';
import { AccountErasureModel } from './models/account-erasure.model.js';

@Resolver()
export class AccountErasureResolver {
  constructor(private readonly erasure: AccountErasureService) {}

  @SignedIn()
  @Mutation(() => AccountErasureModel, {
    description:
      'Erases the signed-in person’s account at once (docs/privacy.md): refused with ONLY_CONTACT while they are the only contact of an organisation with an active application or cohort place. The session ends with it.',
  })
  deleteMyAccount(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DeleteMyAccountInput,
  ): Promise<AccountErasureModel> {
    return this.erasure.deleteMyAccount(principal, input.confirmEmail);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AccountErasureModel, {
    description: 'Erases someone’s account on their request (audited with the reason).',
  })
  eraseUser(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EraseUserInput,
  ): Promise<AccountErasureModel> {
    return this.erasure.eraseUser(principal, input.userId, input.reason);
  }
}
