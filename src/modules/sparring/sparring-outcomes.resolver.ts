import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import {
  AddAgreedActionInput,
  AgreedActionIdArgs,
  BookingOutcomeArgs,
  OrganisationAgreedActionsArgs,
  SaveAppointmentSummaryInput,
  UpdateAgreedActionInput,
} from './dto/sparring-outcome.input.js';
import {
  AgreedActionModel,
  AppointmentOutcomeModel,
  AppointmentSummaryModel,
} from './models/sparring-outcome.model.js';
import { SparringOutcomeReadsService } from './sparring-outcome-reads.service.js';
import { SparringOutcomesService } from './sparring-outcomes.service.js';

const RECORDING_ERRORS =
  'FORBIDDEN (not the slot’s expert nor an admin), NOT_FOUND, SESSION_NOT_HELD (cancelled or not started; nothing written)';

@Resolver()
export class SparringOutcomesResolver {
  constructor(
    private readonly outcomes: SparringOutcomesService,
    private readonly reads: SparringOutcomeReadsService,
  ) {}

  @SignedIn()
  @Query(() => AppointmentOutcomeModel, {
    description:
      'One appointment’s summary and agreed actions: the slot’s expert, admins, the organisation’s members and its team (others NOT_FOUND). The team to choose owners from is for editors only.',
  })
  appointmentOutcome(
    @CurrentPrincipal() principal: Principal,
    @Args() { bookingId }: BookingOutcomeArgs,
  ): Promise<AppointmentOutcomeModel> {
    return this.reads.outcome(principal, bookingId);
  }

  @SignedIn()
  @ListSize(100)
  @Query(() => [AgreedActionModel], {
    description:
      'An organisation’s agreed actions in an academy across its appointments, by due date: admins, its members and its team all; an expert those of their own slots; anyone else none.',
  })
  agreedActions(
    @CurrentPrincipal() principal: Principal,
    @Args() { academyId, organisationId }: OrganisationAgreedActionsArgs,
  ): Promise<AgreedActionModel[]> {
    return this.reads.organisationActions(principal, academyId, organisationId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => AppointmentSummaryModel, {
    description: `The slot's expert (or an admin) saves the summary; the first save mails the organisation's team. ${RECORDING_ERRORS}.`,
  })
  saveAppointmentSummary(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveAppointmentSummaryInput,
  ): Promise<AppointmentSummaryModel> {
    return this.outcomes.saveSummary(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => AgreedActionModel, {
    description: `Adds an agreed action. ${RECORDING_ERRORS}, ACTION_OWNER_NOT_IN_TEAM, AGREED_ACTIONS_FULL.`,
  })
  addAgreedAction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddAgreedActionInput,
  ): Promise<AgreedActionModel> {
    return this.outcomes.addAction(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => AgreedActionModel, {
    description: `Changes an agreed action's title, owner or due date. ${RECORDING_ERRORS}, ACTION_OWNER_NOT_IN_TEAM.`,
  })
  updateAgreedAction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateAgreedActionInput,
  ): Promise<AgreedActionModel> {
    return this.outcomes.updateAction(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => AgreedActionModel, {
    description: `Removes an agreed action; answers it as it was. ${RECORDING_ERRORS}.`,
  })
  removeAgreedAction(
    @CurrentPrincipal() principal: Principal,
    @Args() { id }: AgreedActionIdArgs,
  ): Promise<AgreedActionModel> {
    return this.outcomes.removeAction(principal, id);
  }
}
