import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { PersonInput } from './person.input.js';

@InputType()
export class TeamInput {
  @Field(() => PersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonInput)
  responsiblePerson?: PersonInput | null;
  @Field(() => [PersonInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PersonInput)
  experts?: PersonInput[];
}
