import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';

@ObjectType('SignInResult')
export class SignInResultModel {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
