import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ConsultationPerson', { description: 'An expert or the person who booked.' })
export class ConsultationPersonModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Null where you may not see it (a booker’s address, for other experts).',
  })
  email: string | null;
}
