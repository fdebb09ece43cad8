import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class EventAttendanceArgs {
  @Field(() => ID) @IsUUID() eventId: string;
}

@ArgsType()
export class AttendanceSummaryArgs {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => ID) @IsUUID() organisationId: string;
}

@ArgsType()
export class AcademyAttendanceArgs {
  @Field(() => ID) @IsUUID() academyId: string;
}
