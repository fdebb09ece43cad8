import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/policy.decorator.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { AuditService } from './audit.service.js';
import { AuditEntryModel } from './models/audit-entry.model.js';
import { AuditEntryPageModel } from './models/audit-entry-page.model.js';
import { AuditEntriesArgs } from './dto/audit-entries.args.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(GlobalRole.ADMIN)
  @Query(() => AuditEntryPageModel, { description: 'The audit trail, newest first.' })
  auditEntries(@Args() args: AuditEntriesArgs): Promise<AuditEntryPageModel> {
    return this.audit.page(args.limit, args.after, {
      entityType: args.entityType,
      entityId: args.entityId,
    });
  }
}
