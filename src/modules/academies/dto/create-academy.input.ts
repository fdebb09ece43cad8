import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { IsEnum, registerDecorator } from 'class-validator';
import { AcademyEnrolment } from '../academy.enums.js';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import { isValidTimeZone } from '../../../common/time/zoned-time.js';

function IsTimeZone(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Europe/Helsinki' },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value),
      },
    });
}

const DATE_TIME_HELP = ZONED_INPUT_HELP;

@InputType()
export class CreateAcademyInput {
  @Field({ description: 'Lower-case words joined by hyphens, e.g. `kiertotalous-2025`.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case words joined by hyphens',
  })
  @MaxLength(80)
  slug: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  theme: string;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title: LocalizedTitleInput;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description: LocalizedTextInput;

  @Field(() => String, { nullable: true, description: 'IANA zone; Europe/Helsinki when left out.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field({ description: DATE_TIME_HELP })
  @IsString()
  @MaxLength(40)
  applicationOpensAt: string;

  @Field({ description: `${DATE_TIME_HELP} "By 31.5." means 2024-05-31T23:59:59.` })
  @IsString()
  @MaxLength(40)
  applicationDeadline: string;

  @Field({ description: DATE_TIME_HELP })
  @IsString()
  @MaxLength(40)
  consultationBookingDeadline: string;

  @Field({ description: DATE_TIME_HELP })
  @IsString()
  @MaxLength(40)
  selectionAnnouncementAt: string;

  @Field(() => String, {
    nullable: true,
    description: `${DATE_TIME_HELP} After selectionAnnouncementAt; null or left out: 14 days after the release.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  confirmationDeadline?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Days (1–60) a promoted reserve has to answer its offer; 7 when left out.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reserveResponseDays?: number;

  @Field(() => [Int], {
    nullable: true,
    description:
      'Minutes before each event that its audience is reminded: at most 4 different values, each 5–20160 (14 days); [] for none; 2880 and 60 when left out.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(5, { each: true })
  @Max(20160, { each: true })
  eventReminderMinutes?: number[];

  @Field(() => Int, {
    nullable: true,
    description:
      "How many people (1–50) a cohort organisation's named team may have; 6 when left out.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  teamSizeLimit?: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Events' recorded outcomes are public (also signed out) while the academy is published; false when left out.",
  })
  @IsOptional()
  @IsBoolean()
  publicOutcomes?: boolean;

  @Field(() => AcademyEnrolment, {
    nullable: true,
    description:
      'SELECTIVE (apply and be selected; when left out) or OPEN (sign up by applicationDeadline, no selection). Changeable only while DRAFT.',
  })
  @IsOptional()
  @IsEnum(AcademyEnrolment)
  enrolment?: AcademyEnrolment;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description:
      'OPEN academies: terms of participation a sign-up must accept; null (update) removes them.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  signUpTerms?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  previousEditionId?: string | null;
}
