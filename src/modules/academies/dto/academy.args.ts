import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AcademiesArgs } from './academies.args.js';

@ArgsType()
export class AcademyArgs extends AcademiesArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug: string;
}
