import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RequestOrganisationDataExportInput {
  @Field(() => ID, { description: 'An organisation you are a CONTACT of.' })
  @IsUUID()
  organisationId: string;
}
