import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedTitleInput } from '../../../common/i18n/localized-text.input.js';
import { IsCalendarDate } from '../../../common/time/calendar-date.validator.js';
import { MoneyInput } from './money.input.js';

export const MAX_PARTNERS = 30;
export const MAX_FUNDING_SOURCES = 20;

@InputType()
export class SetProgrammeDurationInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => String, {
    nullable: true,
    description: "First day, `YYYY-MM-DD` in the academy's zone; null clears the duration.",
  })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (inclusive), a date that exists (no 2021-11-31), not before the first.',
  })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;
}

@InputType()
export class FundingSourceInput {
  @Field(() => LocalizedTitleInput, {
    description: 'The funder or kind of funding, e.g. `Uudenmaan liitto`, `EU (EAKR)`.',
  })
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  name: LocalizedTitleInput;

  @Field(() => MoneyInput, {
    nullable: true,
    description: 'Left out when only the funder is named.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  amount?: MoneyInput | null;
}

@InputType()
export class SetProgrammeBudgetInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => MoneyInput, { nullable: true, description: 'The total budget; null clears it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  budget?: MoneyInput | null;

  @Field(() => [FundingSourceInput], {
    description: `Every funding source in the order shown (replaces the list; at most ${MAX_FUNDING_SOURCES}).`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_FUNDING_SOURCES)
  @ValidateNested({ each: true })
  @Type(() => FundingSourceInput)
  fundingSources: FundingSourceInput[];
}

@InputType()
export class ProgrammePartnerInput {
  @Field({ description: "The organisation's name as it writes it." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => LocalizedTitleInput, { description: 'Its role, e.g. `Koordinaattori`.' })
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  role: LocalizedTitleInput;

  @Field(() => String, { nullable: true, description: 'Its web site: an http(s) address.' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  url?: string | null;
}

@InputType()
export class SetProgrammePartnersInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => [ProgrammePartnerInput], {
    description: `Every partner in the order shown (replaces the list; at most ${MAX_PARTNERS}).`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_PARTNERS)
  @ValidateNested({ each: true })
  @Type(() => ProgrammePartnerInput)
  partners: ProgrammePartnerInput[];
}
