import { Field, ID, InputType, PartialType, PickType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ScheduleEventInput } from './schedule-event.input.js';

@InputType()
export class UpdateEventInput extends PartialType(
  PickType(ScheduleEventInput, [
    'title',
    'description',
    'mode',
    'place',
    'onlineUrl',
    'hostIds',
  ] as const),
) {
  @Field(() => ID)
  @IsUUID()
  eventId: string;
}
