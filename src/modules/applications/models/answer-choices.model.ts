import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AnswerChoices', {
  description:
    "The codes an application's choice fields take, as the academy's criteria list them (a form's choice lists).",
})
export class AnswerChoicesModel {
  @Field(() => [String], {
    description: '`pilotProcurement.category`: the categories its PILOT_PROCUREMENT criteria list.',
  })
  pilotCategories: string[];

  @Field(() => [String], {
    description: '`team.experts[].role`: the roles its TEAM criteria require.',
  })
  teamRoles: string[];

  @Field(() => [String], {
    description:
      '`groundwork.programmes`: the programmes its PRIOR_GROUNDWORK criteria accept, then `OTHER` where another programme is allowed.',
  })
  groundworkProgrammes: string[];
}
