import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessId } from '../business-id.js';
import { OrganisationType } from '../organisation.enums.js';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Finnish business ID (Y-tunnus), e.g. `0201256-6`.' })
  @IsBusinessId()
  businessId: string;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;
}
