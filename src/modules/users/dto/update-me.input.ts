import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Locale } from '../../../common/i18n/locale.js';

@InputType()
export class UpdateMeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => Locale, { nullable: true, description: 'Language of e-mails and messages.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}
