import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
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
}
