import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class AcademyArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug: string;
}
