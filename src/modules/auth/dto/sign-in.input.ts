import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field({ description: 'The token from the sign-in e-mail (`token=` in its link).' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}
