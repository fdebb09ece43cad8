import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { CheckInCadence } from './check-in.enums.js';

registerEnumType(CheckInCadence, {
  name: 'CheckInCadence',
  description: 'How often each pilot is expected to write a progress update (check-in).',
});

/** The largest reminder lead a task may have, in days. */
export const MAX_TASK_REMINDER_DAYS = 30;

@ObjectType({ description: "An academy's check-in and task-reminder settings." })
export class FollowUpSettingsModel {
  @Field(() => ID)
  academyId: string;

  @Field(() => CheckInCadence, {
    description:
      "The check-in period (calendar month or quarter in the academy's zone). In its last 7 days the responsible person of a pilot that has no progress update in the period gets one reminder. NONE: no check-ins.",
  })
  checkInCadence: CheckInCadence;

  @Field(() => Int, {
    description: "Days before a task's due date (in the academy's zone) its owner is reminded.",
  })
  taskReminderDays: number;

  @Field(() => String, {
    nullable: true,
    description:
      "The last day alumni may submit their outcome reports ('YYYY-MM-DD' in the academy's zone, until 23:59:59 local); null = none set. Set with setOutcomeReportDeadline.",
  })
  outcomeReportDueOn: string | null;
}

@InputType({ description: "Sets an academy's check-in settings (admins; audited)." })
export class SetFollowUpSettingsInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => CheckInCadence)
  @IsEnum(CheckInCadence)
  checkInCadence: CheckInCadence;

  @Field(() => Int, { description: `0–${MAX_TASK_REMINDER_DAYS}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_TASK_REMINDER_DAYS)
  taskReminderDays: number;
}
