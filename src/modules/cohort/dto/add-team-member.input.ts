import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: "A person added to a cohort organisation's named team." })
export class AddTeamMemberInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => ID) @IsUUID() organisationId: string;

  @Field() @IsNotEmpty() @MaxLength(200) name: string;

  @Field({ description: 'The address they sign in with (stored lower-case).' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true, description: 'e.g. PROCUREMENT, ENVIRONMENT.' })
  @IsOptional()
  @MaxLength(200)
  teamRole?: string | null;
}
