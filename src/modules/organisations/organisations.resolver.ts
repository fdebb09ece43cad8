import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { PageArgs } from '../../common/graphql/page.args.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { InviteMemberInput } from './dto/invite-member.input.js';
import { OrganisationArgs } from './dto/organisation.args.js';
import { RemoveMemberInput } from './dto/remove-member.input.js';
import { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { InvitationModel } from './models/invitation.model.js';
import { MembershipModel } from './models/membership.model.js';
import { OrganisationPageModel } from './models/organisation-page.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @SignedIn()
  @Query(() => OrganisationModel, {
    description: 'One of your organisations (admins and experts: any).',
  })
  organisation(
    @CurrentPrincipal() principal: Principal,
    @Args() args: OrganisationArgs,
  ): Promise<OrganisationModel> {
    return this.organisationsService.findOne(principal, args.id);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Query(() => OrganisationPageModel, { description: 'Every organisation, by name.' })
  async organisations(@Args() page: PageArgs): Promise<OrganisationPageModel> {
    const [items, total] = await this.organisationsService.listAll(page.limit, page.offset);
    return { items, total };
  }

  @SignedIn()
  @Query(() => [MembershipModel], {
    description: 'The organisations you belong to, with your role.',
  })
  @ListSize(10)
  myMemberships(@CurrentPrincipal() principal: Principal): Promise<MembershipModel[]> {
    return this.organisationsService.myMemberships(principal);
  }

  @SignedIn()
  @Mutation(() => OrganisationModel, {
    description: 'Registers an organisation; you become its CONTACT.',
  })
  createOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisationsService.create(principal, input);
  }

  @SignedIn()
  @Mutation(() => OrganisationModel)
  updateOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.organisationsService.update(principal, input);
  }

  @SignedIn()
  @Mutation(() => InvitationModel, {
    description: 'Invites an e-mail address; they join by signing in.',
  })
  inviteMember(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationModel> {
    return this.organisationsService.invite(principal, input);
  }

  @SignedIn()
  @Mutation(() => Boolean)
  removeMember(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveMemberInput,
  ): Promise<boolean> {
    return this.organisationsService.removeMember(principal, input);
  }

  // Nested fields check access again: they can be reached from anywhere in the graph. The
  // loader reads every listed organisation's members in one statement, with the same check.
  @ResolveField(() => [MembershipModel])
  // The estimate for the complexity limit: an academy team of a few people per organisation.
  @ListSize(20)
  members(
    @Parent() organisation: OrganisationModel,
    @Context() context: GraphqlContext,
  ): Promise<MembershipModel[]> {
    return context.loaders.organisationMembers.load(organisation.id);
  }

  @ResolveField(() => [InvitationModel], {
    description: 'Open invitations; contacts and admins only.',
  })
  @ListSize(20)
  invitations(
    @CurrentPrincipal() principal: Principal,
    @Parent() organisation: OrganisationModel,
  ): Promise<InvitationModel[]> {
    return this.organisationsService.openInvitations(principal, organisation.id);
  }
}
