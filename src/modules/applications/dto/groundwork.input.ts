import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class GroundworkInput {
  @Field(() => [String], { nullable: true, description: 'e.g. KEINO_ACADEMY, TOIMI, OTHER' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  programmes?: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  otherDescription?: string | null;
}
