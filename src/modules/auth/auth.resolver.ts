import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Public, SignedIn } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { AuthService } from './auth.service.js';
import { BrowserSessionCookie } from './browser-session-cookie.js';
import { RequestSignInInput } from './dto/request-sign-in.input.js';
import { SignInLinkArgs } from './dto/sign-in-link.args.js';
import { SignInInput } from './dto/sign-in.input.js';
import { SignInLinkModel } from './models/sign-in-link.model.js';
import { SignInResultModel } from './models/sign-in-result.model.js';
import { SessionTransport } from './session.enums.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: BrowserSessionCookie,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a one-time sign-in link. Always true, whether or not the address is known.',
  })
  requestSignIn(
    @Context() context: GraphqlContext,
    @Args('input') input: RequestSignInInput,
  ): Promise<boolean> {
    return this.auth.requestSignIn(input.email, input.locale, context.req.ip, input.next ?? null);
  }

  @Public()
  @Query(() => SignInLinkModel, {
    description:
      'Who a sign-in link is for and whether it still works, without using it (for the sign-in page). Rate-limited like `signIn`.',
  })
  signInLink(
    @Context() context: GraphqlContext,
    @Args() args: SignInLinkArgs,
  ): Promise<SignInLinkModel> {
    return this.auth.signInLink(args.token, context.req.ip);
  }

  @Public()
  @Mutation(() => SignInResultModel, {
    description:
      'Exchanges the token from the e-mail (or its code) for a session: a Bearer token in the answer, or with `session: COOKIE` an HttpOnly cookie and no token.',
  })
  async signIn(
    @Context() context: GraphqlContext,
    @Args('input') input: SignInInput,
  ): Promise<SignInResultModel> {
    const result = await this.auth.signIn(input.token, context.req.ip);
    if (input.session !== SessionTransport.COOKIE) return result;
    this.cookie.set(context.reply, result.accessToken);
    return { ...result, accessToken: null };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session (and clears the session cookie).' })
  async signOut(
    @Context() context: GraphqlContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    this.cookie.clear(context.reply);
    return this.auth.signOut(principal);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description:
      'Ends every session of yours (and clears the session cookie); answers how many were open.',
  })
  async signOutEverywhere(
    @Context() context: GraphqlContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<number> {
    this.cookie.clear(context.reply);
    return this.auth.signOutEverywhere(principal);
  }
}
