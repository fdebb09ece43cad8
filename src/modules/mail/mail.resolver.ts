import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { OutboxAdminService } from './outbox-admin.service.js';
import { OutboxMessageModel } from './models/outbox-message.model.js';
import { OutboxMessagePageModel } from './models/outbox-message-page.model.js';
import { OutboxMessagesArgs } from './dto/outbox-messages.args.js';
import { RetryOutboxMessageInput } from './dto/retry-outbox-message.input.js';

@Resolver(() => OutboxMessageModel)
export class MailResolver {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Roles(GlobalRole.ADMIN)
  @Query(() => OutboxMessagePageModel)
  async outboxMessages(@Args() args: OutboxMessagesArgs): Promise<OutboxMessagePageModel> {
    const [items, total] = await this.outbox.list(args.status, args.limit, args.offset);
    return { items, total };
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => OutboxMessageModel, { description: 'Puts a parked message back in the queue.' })
  retryOutboxMessage(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RetryOutboxMessageInput,
  ): Promise<OutboxMessageModel> {
    return this.outbox.retry(principal, input.id);
  }
}
