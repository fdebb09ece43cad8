import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Locale } from '../../../common/i18n/locale.js';

@ArgsType()
export class ProgrammePageArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug: string;

  @Field(() => Locale, {
    nullable: true,
    description: "Language of `text` fields when not given per field (else the caller's).",
  })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@ArgsType()
export class ProgrammePageOfArgs {
  @Field(() => ID)
  @IsUUID()
  academyId: string;
}
