import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Your review of this application.' })
export class ReviewApplicationInput {
  @Field(() => ID) @IsUUID() applicationId: string;
}
