import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class MySignUpsArgs {
  @Field(() => ID)
  @IsUUID()
  academyId: string;
}
