import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-type-json';
import { FreeJson } from '../../../common/errors/free-json.validator.js';
import { OrganisationFactsInput } from './organisation-facts.input.js';
import { GroundworkInput } from './groundwork.input.js';
import { ManagementCommitmentInput } from './management-commitment.input.js';
import { PilotProcurementInput } from './pilot-procurement.input.js';
import { TeamInput } from './team.input.js';
import { ConsentsInput } from './consents.input.js';

// Every field is optional: a draft is saved as far as it goes. Only malformed values
// (an e-mail that is not one, an impossible date) are refused.

@InputType()
export class SaveApplicationDraftInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => ID) @IsUUID() organisationId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version you edited; a stale one is refused with CONFLICT. 0: create only — CONFLICT if the application already exists.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
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
    description: 'Attestations by criterion id: { "<id>": true }. At most 64 KB as JSON.',
  })
  @IsOptional()
  @FreeJson()
  attestations?: Record<string, boolean>;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Answers to custom questions by criterion id. At most 64 KB as JSON, 5,000 characters per answer.',
  })
  @IsOptional()
  @FreeJson()
  customAnswers?: Record<string, string | boolean>;
}
