import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import type { ApplicationAnswers } from '../application-answers.js';
import { ApplicationStatus } from '../application.enums.js';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

@ObjectType('Application', { description: "One organisation's application to one academy." })
export class ApplicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) academyId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => Int, { description: 'Send back as expectedVersion to detect concurrent edits.' })
  version: number;
  @Field(() => GraphQLJSON, { description: 'All sections as saved.' }) answers: ApplicationAnswers;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field() updatedAt: Date;
}
