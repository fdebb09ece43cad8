import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class SignUpInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => ID, { description: 'An organisation you are a member or contact of.' })
  @IsUUID()
  organisationId: string;

  @Field({
    defaultValue: false,
    description:
      "Accepts the academy's `signUpTerms`; required (true) when it has them (TERMS_NOT_ACCEPTED).",
  })
  @IsBoolean()
  acceptTerms: boolean = false;
}
