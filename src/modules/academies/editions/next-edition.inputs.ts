import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../../common/time/calendar-date.validator.js';

@InputType({
  description:
    "Where the next edition goes. Give exactly one: `year` (whole years: every local date-time keeps its day and wall-clock time, 29.2 becomes 28.2 in a common year) or `applicationDeadlineDate` (calendar days: every local date-time moves by the days between the source's and the new application deadline date; a multiple of 7 keeps weekdays). Both are read in the academy's zone.",
})
export class EditionShiftInput {
  @Field(() => Int, {
    nullable: true,
    description:
      "The new edition's year, counted from the source's application deadline: 2025 on a 2023 academy moves everything two years.",
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The new application deadline's date (`YYYY-MM-DD`, in the academy's zone).",
  })
  @IsOptional()
  @IsCalendarDate()
  applicationDeadlineDate?: string | null;
}

@InputType()
export class NextEditionPreviewInput {
  @Field(() => ID, { description: 'The academy to copy (any status).' })
  @IsUUID()
  academyId: string;

  @Field(() => EditionShiftInput)
  @ValidateNested()
  @Type(() => EditionShiftInput)
  shiftTo: EditionShiftInput;
}

@InputType()
export class CreateNextEditionInput extends NextEditionPreviewInput {
  @Field({ description: "The new edition's slug, e.g. `kiertotalous-2024`." })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case words joined by hyphens',
  })
  @MaxLength(80)
  slug: string;
}
