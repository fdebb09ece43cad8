import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { SelectionOutcome } from '../selection.enums.js';

@InputType()
export class StageDecisionInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => SelectionOutcome) @IsEnum(SelectionOutcome) outcome: SelectionOutcome;
  @Field(() => Int, {
    nullable: true,
    description: 'Required for RESERVE (1 = first), refused otherwise; unique in the academy.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  reserveRank?: number | null;
  @Field(() => String, { nullable: true, description: 'Staff only.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
