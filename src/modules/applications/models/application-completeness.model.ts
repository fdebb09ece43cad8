import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ApplicationCompleteness')
export class ApplicationCompletenessModel {
  @Field() submitted: boolean;
  @Field({ description: 'A consultation is booked (an active booking).' })
  consultationBooked: boolean;
  @Field({ description: 'Submitted and a consultation booked.' }) complete: boolean;
  @Field(() => [String], { description: 'What is still missing: SUBMISSION, CONSULTATION.' })
  missing: string[];
}
