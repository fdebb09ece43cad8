import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class MyReviewAssignmentsArgs {
  @Field(() => ID, { nullable: true, description: 'One academy; every academy when omitted.' })
  @IsOptional()
  @IsUUID()
  academyId?: string | null;
}
