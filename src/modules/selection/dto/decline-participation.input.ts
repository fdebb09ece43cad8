import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class DeclineParticipationInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why (shown to staff), up to 2000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}
