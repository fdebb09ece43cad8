import { ValidateBy } from 'class-validator';
import { DATE_OUT_OF_RANGE, EARLIEST_DATE, isDateInRange, LATEST_DATE } from './instant-range.js';

/** A calendar date (`YYYY-MM-DD`) between 2000-01-01 and 2100-12-31; null passes (IsOptional). */
export function IsDateInRange(): PropertyDecorator {
  return ValidateBy({
    name: DATE_OUT_OF_RANGE,
    validator: {
      validate: (value) => typeof value !== 'string' || isDateInRange(value),
      defaultMessage: (args) =>
        `${args?.property} must be a date between ${EARLIEST_DATE} and ${LATEST_DATE}`,
    },
  });
}
