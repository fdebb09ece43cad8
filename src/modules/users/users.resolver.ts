import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { RoleChangeInput } from './dto/role-change.input.js';
import { UpdateMeInput } from './dto/update-me.input.js';
import { UsersArgs } from './dto/users.args.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { UserPageModel } from './models/user-page.model.js';
import { UserModel } from './models/user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @SignedIn()
  @Query(() => UserModel, { description: 'The signed-in person.' })
  me(@CurrentPrincipal() principal: Principal): UserModel {
    return principal.user;
  }

  @Roles(GlobalRole.ADMIN)
  @Query(() => UserPageModel, {
    name: 'users',
    description: 'People who have signed in, by e-mail address; `role` narrows to its holders.',
  })
  async listUsers(@Args() args: UsersArgs): Promise<UserPageModel> {
    const [items, total] = await this.users.list(args.role, args.limit, args.offset, args.email);
    return { items, total };
  }

  @SignedIn()
  @Mutation(() => UserModel)
  updateMe(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateMeInput,
  ): Promise<UserModel> {
    return this.users.updateMe(principal.user, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => UserModel)
  grantRole(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RoleChangeInput,
  ): Promise<UserModel> {
    return this.users.changeRole(principal.user.id, input.email, input.role, true);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => UserModel, { description: "Takes effect on the person's very next request." })
  revokeRole(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RoleChangeInput,
  ): Promise<UserModel> {
    return this.users.changeRole(principal.user.id, input.email, input.role, false);
  }
}
