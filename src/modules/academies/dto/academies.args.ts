import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
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
