import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class MyCohortTeamsArgs {
  @Field(() => ID) @IsUUID() academyId: string;
}
