import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsBusinessId } from '../business-id.js';
import { OrganisationType } from '../organisation.enums.js';

/** `123456` or `123.456`: the association register number, thousands dotted or not. */
export const ASSOCIATION_REGISTER_NUMBER = /^(\d{1,9}|\d{1,3}(\.\d{3}){1,2})$/;

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Finnish business ID (Y-tunnus), e.g. `0201256-6`. Required unless the type is INDIVIDUAL or ASSOCIATION (BUSINESS_ID_REQUIRED). Never a personal identity code.',
  })
  @IsOptional()
  @IsBusinessId()
  businessId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ASSOCIATION only: its number in the Finnish association register, e.g. `123.456` (stored as digits).',
  })
  @IsOptional()
  @Matches(ASSOCIATION_REGISTER_NUMBER, {
    message: 'associationRegisterNumber must be digits, e.g. 123456 or 123.456',
  })
  associationRegisterNumber?: string | null;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;
}
