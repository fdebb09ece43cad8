import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMinSize, IsArray, IsEnum, IsInt, Matches, Max, Min } from 'class-validator';
import { IsDateInRange } from '../../../common/time/date-range.validator.js';
import { Weekday, WORKDAYS } from '../slot-series.js';

registerEnumType(Weekday, { name: 'Weekday' });

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description:
    'Slots on chosen weekdays between two dates, back to back inside a daily window, with a buffer between them.',
})
export class SlotSeriesInput {
  @Field({ description: 'First day, `2027-05-03` (academy zone).' })
  @Matches(DATE)
  @IsDateInRange()
  from: string;
  @Field({ description: 'Last day, `2027-05-28` (academy zone).' })
  @Matches(DATE)
  @IsDateInRange()
  to: string;
  @Field({ description: 'Daily window start, `09:00` local time.' })
  @Matches(CLOCK)
  dailyStart: string;
  @Field({ description: 'Daily window end, `16:00`: the last slot ends by then.' })
  @Matches(CLOCK)
  dailyEnd: string;
  @Field(() => Int, { description: 'Length of each slot in minutes.' })
  @IsInt()
  @Min(10)
  @Max(480)
  slotMinutes: number;
  @Field(() => Int, { defaultValue: 0, description: 'Minutes between slots.' })
  @IsInt()
  @Min(0)
  @Max(480)
  bufferMinutes: number = 0;
  @Field(() => [Weekday], { defaultValue: WORKDAYS, description: 'Default Monday–Friday.' })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Weekday, { each: true })
  weekdays: Weekday[] = WORKDAYS;
}
