import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../../common/auth/principal.js';
import { SignedIn } from '../../../common/auth/policy.decorator.js';
import { DataExportsService } from './data-exports.service.js';
import { RequestOrganisationDataExportInput } from './dto/request-organisation-data-export.input.js';
import { DataExportModel } from './models/data-export.model.js';

@Resolver(() => DataExportModel)
export class DataExportsResolver {
  constructor(private readonly exports: DataExportsService) {}

  @SignedIn()
  @Query(() => [DataExportModel], {
    description: 'The data exports you asked for (your own and your organisations’), newest 20.',
  })
  myDataExports(@CurrentPrincipal() principal: Principal): Promise<DataExportModel[]> {
    return this.exports.mine(principal);
  }

  @SignedIn()
  @Mutation(() => DataExportModel, {
    description:
      'Asks for an archive of everything tied to you; a link to download it once is mailed to you (valid 24 hours). One per hour.',
  })
  requestMyDataExport(@CurrentPrincipal() principal: Principal): Promise<DataExportModel> {
    return this.exports.requestPerson(principal);
  }

  @SignedIn()
  @Mutation(() => DataExportModel, {
    description:
      "Asks for an archive of an organisation's data (its contacts only); the link is mailed to you. One per organisation per hour.",
  })
  requestOrganisationDataExport(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RequestOrganisationDataExportInput,
  ): Promise<DataExportModel> {
    return this.exports.requestOrganisation(principal, input.organisationId);
  }
}
