import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { PageArgs } from '../../common/graphql/page.args.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { OutboxStatus } from './outbox-message.enums.js';
import { OutboxAdminService } from './outbox-admin.service.js';

registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

@ObjectType('OutboxMessage', { description: 'An e-mail in the outbox (admins only).' })
export class OutboxMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  type: string;

  @Field()
  toAddress: string;

  @Field()
  subject: string;

  @Field(() => OutboxStatus)
  status: OutboxStatus;

  @Field(() => Int)
  attempts: number;

  @Field()
  availableAt: Date;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('OutboxMessagePage')
export class OutboxMessagePageModel {
  @Field(() => [OutboxMessageModel])
  items: OutboxMessageModel[];

  @Field(() => Int)
  total: number;
}

@ArgsType()
export class OutboxMessagesArgs extends PageArgs {
  @Field(() => OutboxStatus, {
    nullable: true,
    description: 'e.g. PARKED for messages that need attention.',
  })
  @IsOptional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;
}

@InputType()
export class RetryOutboxMessageInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

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
