import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { OrganisationType } from '../../organisations/organisation.enums.js';
import { PageArgs } from '../../../common/graphql/page.args.js';

@ArgsType()
export class ApplicationArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => String, { nullable: true, description: 'DRAFT, SUBMITTED or WITHDRAWN' })
  @IsOptional()
  @IsIn(['DRAFT', 'SUBMITTED', 'WITHDRAWN'])
  status?: string;

  @Field(() => String, { nullable: true, description: 'An organisation type, e.g. MUNICIPALITY' })
  @IsOptional()
  @IsEnum(OrganisationType)
  organisationType?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Overall eligibility: MET, NOT_MET or NEEDS_REVIEW',
  })
  @IsOptional()
  @IsIn(['MET', 'NOT_MET', 'NEEDS_REVIEW'])
  eligibility?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Complete = submitted and a consultation booked.',
  })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;
}
