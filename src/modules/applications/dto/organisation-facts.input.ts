import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

// Every field is optional: a draft is saved as far as it goes. Only malformed values
// (an e-mail that is not one, an impossible date) are refused.

@InputType()
export class OrganisationFactsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?:
    string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) employees?:
    number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) contactPhone?:
    string | null;
}
