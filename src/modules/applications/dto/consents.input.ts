import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

// A consent also gives an ATTESTATION criterion that names it (`parameters.consent`), so
// "share learnings" is answered once: the demo academies' HARD criterion of the same
// wording is such an attestation.
@InputType({
  description:
    'Consents. Each also gives the ATTESTATION criteria whose `parameters.consent` names it.',
})
export class ConsentsInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Willing to share learnings within the group and the organisation. Gives an ATTESTATION criterion with `parameters: { consent: "shareLearnings" }`.',
  })
  @IsOptional()
  @IsBoolean()
  shareLearnings?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Able to attend the events and sparring sessions. Gives an ATTESTATION criterion with `parameters: { consent: "attendEvents" }`.',
  })
  @IsOptional()
  @IsBoolean()
  attendEvents?: boolean | null;
}
