import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { SignedIn } from '../../common/auth/policy.decorator.js';
import { CohortTeamService } from './cohort-team.service.js';
import { AddTeamMemberInput } from './dto/add-team-member.input.js';
import { MyCohortTeamsArgs } from './dto/my-cohort-teams.args.js';
import { TeamParticipantInput } from './dto/team-participant.input.js';
import { CohortParticipantModel } from './models/cohort.model.js';
import { CohortTeamModel } from './models/cohort-team.model.js';

@Resolver(() => CohortTeamModel)
export class CohortTeamResolver {
  constructor(private readonly teams: CohortTeamService) {}

  @SignedIn()
  @Query(() => [CohortTeamModel], {
    description:
      'The cohort teams the caller belongs to in the academy: of the organisations they are a member of, and those that name them as a participant (not left) without being a member. Empty when none.',
  })
  myCohortTeams(
    @CurrentPrincipal() principal: Principal,
    @Args() { academyId }: MyCohortTeamsArgs,
  ): Promise<CohortTeamModel[]> {
    return this.teams.myTeams(principal, academyId);
  }

  @SignedIn()
  @Mutation(() => CohortParticipantModel, {
    description:
      "A CONTACT adds a person to the organisation's cohort team. FORBIDDEN (not a contact), NOT_IN_COHORT, ALREADY_IN_TEAM, TEAM_FULL.",
  })
  addTeamMember(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddTeamMemberInput,
  ): Promise<CohortParticipantModel> {
    return this.teams.add(principal, input);
  }

  @SignedIn()
  @Mutation(() => CohortParticipantModel, {
    description:
      'A CONTACT takes a person off the team: from now on no cohort events in their feed and no cohort mail. NOT_FOUND, FORBIDDEN (another organisation), RESPONSIBLE_PERSON_REQUIRED.',
  })
  removeTeamMember(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TeamParticipantInput,
  ): Promise<CohortParticipantModel> {
    return this.teams.remove(principal, input.participantId);
  }

  @SignedIn()
  @Mutation(() => [CohortParticipantModel], {
    description:
      "A CONTACT makes a person the team's responsible person (the previous one becomes an expert); answers the team. NOT_FOUND, FORBIDDEN.",
  })
  setTeamResponsiblePerson(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TeamParticipantInput,
  ): Promise<CohortParticipantModel[]> {
    return this.teams.setResponsible(principal, input.participantId);
  }
}
