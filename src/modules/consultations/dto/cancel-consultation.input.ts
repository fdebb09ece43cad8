import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CancelConsultationInput {
  @Field(() => ID) @IsUUID() bookingId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?:
    string | null;
}
