import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'One expert on one submitted application.' })
export class AssignReviewerInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => ID) @IsUUID() expertId: string;
}
