import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Locale } from '../../../common/i18n/locale.js';

@ArgsType()
export class AcademiesArgs {
  @Field(() => Locale, {
    nullable: true,
    description: 'Language of `text` fields; default Accept-Language, else Finnish.',
  })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@ArgsType()
export class AcademyArgs extends AcademiesArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug: string;
}
