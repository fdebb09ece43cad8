import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ScheduleEventInput } from './schedule-event.input.js';

@InputType()
export class RescheduleEventInput extends PickType(ScheduleEventInput, [
  'startsAt',
  'endsAt',
] as const) {
  @Field(() => ID)
  @IsUUID()
  eventId: string;
}
