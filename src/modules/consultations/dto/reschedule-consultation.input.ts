import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RescheduleConsultationInput {
  @Field(() => ID) @IsUUID() bookingId: string;
  @Field(() => ID) @IsUUID() slotId: string;
}
