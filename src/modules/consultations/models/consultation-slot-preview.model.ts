import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ConsultationSlotPreview', {
  description: 'A slot that publishConsultationSlots would create from the same input.',
})
export class ConsultationSlotPreviewModel {
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field({
    description:
      'Overlaps one of your open slots: publishing this input would be refused with SLOT_OVERLAP.',
  })
  overlapsOwnSlot: boolean;
}
