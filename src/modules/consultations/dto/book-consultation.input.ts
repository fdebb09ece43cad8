import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class BookConsultationInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => ID) @IsUUID() applicationId: string;
}
