import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { AlumniService } from './alumni.service.js';
import { EndProgrammeInput } from './dto/end-programme.input.js';

@Resolver()
export class AlumniResolver {
  constructor(private readonly alumni: AlumniService) {}

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AcademyModel, {
    description:
      "The programme manager ends a RUNNING programme now (RUNNING → ALUMNI, audited): the cohort's team members become alumni. PROGRAMME_NOT_RUNNING otherwise, nothing written. Without it the programme ends at its closing date (the end of its CLOSING event).",
  })
  endProgramme(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EndProgrammeInput,
  ): Promise<AcademyModel> {
    return this.alumni.endProgramme(principal, input.academyId);
  }

  @SignedIn()
  @Query(() => [AcademyModel], {
    description:
      'The academies the caller is an alumnus of: ended (ALUMNI) academies on whose cohort team of one of their organisations they are (not those who left the team before). Newest first; empty when none.',
  })
  myAlumniAcademies(@CurrentPrincipal() principal: Principal): Promise<AcademyModel[]> {
    return this.alumni.myAlumniAcademies(principal);
  }
}
