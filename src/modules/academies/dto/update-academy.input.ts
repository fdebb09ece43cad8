import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { AcademyStatus } from '../academy.enums.js';
import { CreateAcademyInput } from './create-academy.input.js';

@InputType()
export class UpdateAcademyInput extends PartialType(CreateAcademyInput) {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => AcademyStatus, {
    nullable: true,
    description: 'Move along OPEN → SELECTION → RUNNING → ALUMNI.',
  })
  @IsOptional()
  @IsEnum(AcademyStatus)
  status?: AcademyStatus;
}
