import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class DeleteMyAccountInput {
  // Compared with the account's address (trimmed, any case), so no address rule here: a
  // mistyped one is CONFIRMATION_EMAIL_MISMATCH, the one answer the page needs.
  @Field({ description: 'The account’s own address, typed again to confirm.' })
  @IsString()
  @MaxLength(320)
  @IsNotEmpty()
  confirmEmail: string;
}
