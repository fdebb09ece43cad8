import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../common/graphql/page.args.js';
import { OrganisationType } from '../../organisations/organisation.enums.js';
import { ApplicationStatus } from '../application.enums.js';
import { Outcome } from '../eligibility.js';

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() academyId: string;

  @Field(() => ApplicationStatus, {
    nullable: true,
    description: 'Only applications in this status (DRAFT, SUBMITTED or WITHDRAWN).',
  })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @Field(() => OrganisationType, {
    nullable: true,
    description: 'Only applications of organisations of this type, e.g. MUNICIPALITY.',
  })
  @IsOptional()
  @IsEnum(OrganisationType)
  organisationType?: OrganisationType;

  @Field(() => Outcome, {
    nullable: true,
    description: 'Overall eligibility: NOT_MET beats NEEDS_REVIEW beats MET.',
  })
  @IsOptional()
  @IsEnum(Outcome)
  eligibility?: Outcome;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Complete = submitted and a consultation booked.',
  })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;
}
