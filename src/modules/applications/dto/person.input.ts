import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class PersonInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?:
    string | null;
  @Field(() => String, { nullable: true, description: 'e.g. PROCUREMENT, ENVIRONMENT, SECTOR' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  role?: string | null;
}
