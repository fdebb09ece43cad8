import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model.js';

@ObjectType('UserPage')
export class UserPageModel {
  @Field(() => [UserModel])
  items: UserModel[];

  @Field(() => Int)
  total: number;
}
