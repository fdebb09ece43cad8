import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';
import { SessionTransport } from '../session.enums.js';

registerEnumType(SessionTransport, {
  name: 'SessionTransport',
  description: 'How `signIn` hands over the session: a Bearer token, or an HttpOnly cookie.',
});

@ObjectType('SignInResult')
export class SignInResultModel {
  @Field(() => String, {
    nullable: true,
    description:
      'Send as `Authorization: Bearer <accessToken>`. Null when signed in with `session: COOKIE`: the browser holds the session in an HttpOnly cookie, out of reach of scripts.',
  })
  accessToken: string | null;

  @Field()
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
