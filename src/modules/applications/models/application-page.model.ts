import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApplicationModel } from './application.model.js';

@ObjectType('ApplicationPage')
export class ApplicationPageModel {
  @Field(() => [ApplicationModel]) items: ApplicationModel[];
  @Field(() => Int) total: number;
}
