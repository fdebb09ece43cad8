import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsBusinessId } from '../business-id.js';
import { OrganisationType } from '../organisation.enums.js';
import { ASSOCIATION_REGISTER_NUMBER } from './create-organisation.input.js';

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @Field(() => String, {
    nullable: true,
    description:
      'Sets or changes the Y-tunnus; null removes it (INDIVIDUAL and ASSOCIATION only); left out: unchanged.',
  })
  @IsOptional()
  @IsBusinessId()
  businessId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ASSOCIATION only; null removes it; left out: unchanged.',
  })
  @IsOptional()
  @Matches(ASSOCIATION_REGISTER_NUMBER, {
    message: 'associationRegisterNumber must be digits, e.g. 123456 or 123.456',
  })
  associationRegisterNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;
}
