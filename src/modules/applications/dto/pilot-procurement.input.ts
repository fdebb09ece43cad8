import { Field, InputType } from '@nestjs/graphql';
import { IsDateInRange } from '../../../common/time/date-range.validator.js';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class PilotProcurementInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) title?:
    string | null;
  @Field(() => String, { nullable: true, description: 'e.g. CONSTRUCTION, CONSTRUCTION_DESIGN' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  category?: string | null;
  @Field(() => String, { nullable: true, description: 'Planned start, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsDateInRange()
  @MaxLength(10)
  plannedStart?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}
