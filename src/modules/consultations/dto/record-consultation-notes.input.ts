import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RecordConsultationNotesInput {
  @Field(() => ID) @IsUUID() bookingId: string;
  @Field() @IsString() @MaxLength(20000) notes: string;
}
