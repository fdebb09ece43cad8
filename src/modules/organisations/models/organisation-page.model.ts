import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('OrganisationPage')
export class OrganisationPageModel {
  @Field(() => [OrganisationModel])
  items: OrganisationModel[];

  @Field(() => Int)
  total: number;
}
