import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ConsultationSlotsService } from './consultation-slots.service.js';
import { ConsultationSlotsArgs } from './dto/consultation-slots.args.js';
import { PublishConsultationSlotsInput } from './dto/publish-consultation-slots.input.js';
import { SlotIdInput } from './dto/slot-id.input.js';
import { UpdateConsultationSlotInput } from './dto/update-consultation-slot.input.js';
import { ConsultationSlotPreviewModel } from './models/consultation-slot-preview.model.js';
import { ConsultationSlotModel } from './models/consultation-slot.model.js';

/** Experts publish and manage their slots; applicants and staff list them. */
@Resolver(() => ConsultationSlotModel)
export class ConsultationSlotsResolver {
  constructor(private readonly slots: ConsultationSlotsService) {}

  @SignedIn()
  @Query(() => [ConsultationSlotModel], {
    description:
      'Applicants: free future slots of an academy they apply to. Staff: all open slots.',
  })
  consultationSlots(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ConsultationSlotsArgs,
  ): Promise<ConsultationSlotModel[]> {
    return this.slots.slotsOf(principal, args);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => [ConsultationSlotPreviewModel], {
    description:
      'The slots publishConsultationSlots would create from this input, writing nothing: the same refusals, and which would overlap your open slots.',
  })
  consultationSlotPreview(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: PublishConsultationSlotsInput,
  ): Promise<ConsultationSlotPreviewModel[]> {
    return this.slots.preview(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => [ConsultationSlotModel], {
    description:
      'Publishes your slots; refused with SLOT_OVERLAP if any overlaps another of yours.',
  })
  publishConsultationSlots(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: PublishConsultationSlotsInput,
  ): Promise<ConsultationSlotModel[]> {
    return this.slots.publish(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => ConsultationSlotModel)
  withdrawConsultationSlot(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SlotIdInput,
  ): Promise<ConsultationSlotModel> {
    return this.slots.withdraw(principal, input.slotId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => ConsultationSlotModel, {
    description:
      'Changes mode, place or link of your slot (not its time); a booked slot’s people get an updated invite.',
  })
  updateConsultationSlot(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateConsultationSlotInput,
  ): Promise<ConsultationSlotModel> {
    return this.slots.update(principal, input);
  }
}
