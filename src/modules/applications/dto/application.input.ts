import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLJSON } from 'graphql-type-json';

// Every field is optional: a draft is saved as far as it goes. Only malformed values
// (an e-mail that is not one, an impossible date) are refused.

@InputType()
export class OrganisationFactsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?:
    string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) employees?:
    number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) contactPhone?:
    string | null;
}

@InputType()
export class GroundworkInput {
  @Field(() => [String], { nullable: true, description: 'e.g. KEINO_ACADEMY, TOIMI, OTHER' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  programmes?: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  otherDescription?: string | null;
}

@InputType()
export class ManagementCommitmentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) approverName?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  approverTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  approvedOn?: string | null;
}

@InputType()
export class PilotProcurementInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) title?:
    string | null;
  @Field(() => String, { nullable: true, description: 'e.g. CONSTRUCTION, CONSTRUCTION_DESIGN' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  category?: string | null;
  @Field(() => String, { nullable: true, description: 'Planned start, YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  plannedStart?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}

@InputType()
export class PersonInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?:
    string | null;
  @Field(() => String, { nullable: true, description: 'e.g. PROCUREMENT, ENVIRONMENT, SECTOR' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  role?: string | null;
}

@InputType()
export class TeamInput {
  @Field(() => PersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonInput)
  responsiblePerson?: PersonInput | null;
  @Field(() => [PersonInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PersonInput)
  experts?: PersonInput[];
}

@InputType()
export class ConsentsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Willing to share learnings within the group and the organisation.',
  })
  @IsOptional()
  @IsBoolean()
  shareLearnings?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() attendEvents?:
    boolean | null;
}

@InputType()
export class SaveApplicationDraftInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => ID) @IsUUID() organisationId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; a stale one is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @Field(() => OrganisationFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFactsInput)
  organisationFacts?: OrganisationFactsInput;
  @Field(() => GroundworkInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GroundworkInput)
  groundwork?: GroundworkInput;
  @Field(() => ManagementCommitmentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ManagementCommitmentInput)
  managementCommitment?: ManagementCommitmentInput;
  @Field(() => PilotProcurementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PilotProcurementInput)
  pilotProcurement?: PilotProcurementInput;
  @Field(() => TeamInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TeamInput)
  team?: TeamInput;
  @Field(() => ConsentsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentsInput)
  consents?: ConsentsInput;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Attestations by criterion id: { "<id>": true }.',
  })
  @IsOptional()
  attestations?: Record<string, boolean>;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Answers to custom questions by criterion id.',
  })
  @IsOptional()
  customAnswers?: Record<string, string | boolean>;
}

@InputType()
export class ApplicationIdInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
}

@InputType()
export class GrantDeadlineExtensionInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field({ description: ZONED_INPUT_HELP })
  @IsString()
  @MaxLength(40)
  until: string;
  @Field() @IsString() @MaxLength(2000) reason: string;
}

@InputType()
export class ApplicationsFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['DRAFT', 'SUBMITTED', 'WITHDRAWN'])
  status?: string;
}
