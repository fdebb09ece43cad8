import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class OrganisationArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
