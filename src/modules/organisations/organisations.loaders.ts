import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, LoaderRequest } from '../../common/graphql/loaders.js';
import type { MembershipEntity } from './entities/membership.entity.js';
import { createOrganisationMembersLoader } from './loaders/organisation-members.loader.js';
import { OrganisationsService } from './organisations.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** The members of an organisation (with their users), by organisation id. */
    organisationMembers: DataLoader<string, MembershipEntity[]>;
  }
}

@Injectable()
@ProvidesLoaders()
export class OrganisationsLoaders implements LoaderFactory {
  constructor(private readonly organisations: OrganisationsService) {}

  create(request: LoaderRequest) {
    return {
      organisationMembers: createOrganisationMembersLoader(this.organisations, request),
    };
  }
}
