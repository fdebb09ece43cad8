import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { AttendanceService } from './attendance.service.js';
import {
  AcademyAttendanceArgs,
  AttendanceSummaryArgs,
  EventAttendanceArgs,
} from './dto/attendance.args.js';
import { RecordAttendanceInput } from './dto/record-attendance.input.js';
import { AttendanceSummaryModel, EventAttendanceModel } from './models/attendance.model.js';

@Resolver()
export class AttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => EventAttendanceModel, {
    description: "An event's attendance sheet (admins and experts). NOT_FOUND.",
  })
  eventAttendance(
    @CurrentPrincipal() principal: Principal,
    @Args() { eventId }: EventAttendanceArgs,
  ): Promise<EventAttendanceModel> {
    return this.attendance.sheet(principal, eventId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => EventAttendanceModel, {
    description:
      'Staff record who attended (the whole list, bulk). NOT_FOUND, EVENT_CANCELLED, NOT_A_PARTICIPANT (nothing written).',
  })
  recordAttendance(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordAttendanceInput,
  ): Promise<EventAttendanceModel> {
    return this.attendance.record(principal, input);
  }

  @SignedIn()
  @Query(() => AttendanceSummaryModel, {
    description:
      "An organisation's attendance in an academy: staff, the organisation's members and the participants its team names (others NOT_FOUND). NOT_IN_COHORT.",
  })
  attendanceSummary(
    @CurrentPrincipal() principal: Principal,
    @Args() { academyId, organisationId }: AttendanceSummaryArgs,
  ): Promise<AttendanceSummaryModel> {
    return this.attendance.summary(principal, academyId, organisationId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  // For the cost estimate: a cohort is the academy's capacity, in practice 10–30 organisations.
  @ListSize(40)
  @Query(() => [AttendanceSummaryModel], {
    description:
      "Every cohort organisation's attendance summary in an academy, by name (admins and experts); an empty list for an academy without a cohort.",
  })
  academyAttendance(
    @CurrentPrincipal() principal: Principal,
    @Args() { academyId }: AcademyAttendanceArgs,
  ): Promise<AttendanceSummaryModel[]> {
    return this.attendance.academySummaries(principal, academyId);
  }
}
