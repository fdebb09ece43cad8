import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';
import { OfferStatus } from '../selection.enums.js';

registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description:
    'OPEN: confirm or decline by respondBy. CONFIRMED, DECLINED, or LAPSED (not answered in time; the seat went to the next reserve).',
});

@ObjectType('SelectionOffer', {
  description:
    "A place in the academy's cohort offered to the organisation: at the release (accepted) or later from the reserve list.",
})
export class SelectionOfferModel {
  @Field(() => ID) id: string;
  @Field(() => ID) applicationId: string;
  @Field(() => OfferStatus) status: OfferStatus;
  @Field(() => Int, {
    description: 'The seat, 1…capacity; a promoted reserve takes the freed one.',
  })
  seatNo: number;
  @Field(() => ZonedDateTimeModel, {
    description: "Confirm or decline by this instant (in the academy's zone); then it lapses.",
  })
  respondBy: ZonedDateTimeModel;
  @Field({ description: 'True for a reserve promoted after a decline or a lapse.' })
  fromReserve: boolean;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The reason given with a decline.' })
  declineReason: string | null;
}
