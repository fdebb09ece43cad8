import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SlotMode, SlotStatus } from '../consultation-slot.enums.js';

registerEnumType(SlotMode, { name: 'SlotMode' });
registerEnumType(SlotStatus, { name: 'SlotStatus' });

@ObjectType('ConsultationSlot')
export class ConsultationSlotModel {
  @Field(() => ID) id: string;
  @Field(() => ID) academyId: string;
  @Field(() => ID, { description: 'The round the slot is offered in.' }) roundId: string;
  @Field(() => ID) expertId: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => SlotMode) mode: SlotMode;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => SlotStatus) status: SlotStatus;
}

/** What slot fields resolve from: the entity columns the resolvers need. */
export type ConsultationSlotSource = Pick<ConsultationSlotModel, 'id' | 'expertId'>;
