import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class EraseUserInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field({
    description:
      'Why, e.g. "request by e-mail 2.12.2026" (kept in the audit; the person’s full name and address are removed from it).',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
