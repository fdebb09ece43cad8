import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Public, SignedIn } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { AuthService } from './auth.service.js';
import { RequestSignInInput } from './dto/request-sign-in.input.js';
import { SignInInput } from './dto/sign-in.input.js';
import { SignInResultModel } from './models/sign-in-result.model.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a one-time sign-in link. Always true, whether or not the address is known.',
  })
  requestSignIn(
    @Context() context: GraphqlContext,
    @Args('input') input: RequestSignInInput,
  ): Promise<boolean> {
    return this.auth.requestSignIn(input.email, input.locale, context.req.ip);
  }

  @Public()
  @Mutation(() => SignInResultModel, {
    description: 'Exchanges the token from the e-mail for a session.',
  })
  signIn(
    @Context() context: GraphqlContext,
    @Args('input') input: SignInInput,
  ): Promise<SignInResultModel> {
    return this.auth.signIn(input.token, context.req.ip);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  signOut(@CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.auth.signOut(principal);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends every session of yours; answers how many were open.' })
  signOutEverywhere(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.auth.signOutEverywhere(principal);
  }
}
