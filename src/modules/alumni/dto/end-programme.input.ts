import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class EndProgrammeInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;
}
