import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The account’s own address, typed again to confirm.' })
  @IsString()
  @MaxLength(320)
  @IsEmail()
  confirmEmail: string;
}
