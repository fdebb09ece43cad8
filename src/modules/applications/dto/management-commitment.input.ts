import { Field, InputType } from '@nestjs/graphql';
import { IsDateInRange } from '../../../common/time/date-range.validator.js';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class ManagementCommitmentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) approverName?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  approverTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsDateInRange()
  @MaxLength(10)
  approvedOn?: string | null;
}
