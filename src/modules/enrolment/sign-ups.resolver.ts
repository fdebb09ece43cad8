import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { MySignUpsArgs } from './dto/my-sign-ups.args.js';
import { SignUpInput } from './dto/sign-up.input.js';
import { SignUpModel } from './models/sign-up.model.js';
import { SignUpsService } from './sign-ups.service.js';

@Resolver(() => SignUpModel)
export class SignUpsResolver {
  constructor(private readonly signUps: SignUpsService) {}

  @SignedIn()
  @Mutation(() => SignUpModel, {
    description:
      'Signs your organisation up to an OPEN academy: a cohort member at once, you on its team as the responsible person, a confirmation mailed. NOT_FOUND, NOT_OPEN_ENROLMENT, SIGN_UP_CLOSED, TERMS_NOT_ACCEPTED, ALREADY_SIGNED_UP.',
  })
  signUp(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SignUpInput,
  ): Promise<SignUpModel> {
    return this.signUps.signUp(principal, input);
  }

  @SignedIn()
  @Query(() => [SignUpModel], {
    description: "Your organisations' sign-ups to the academy; empty when none signed up.",
  })
  @ListSize(10)
  mySignUps(
    @CurrentPrincipal() principal: Principal,
    @Args() args: MySignUpsArgs,
  ): Promise<SignUpModel[]> {
    return this.signUps.mine(principal, args.academyId);
  }
}
