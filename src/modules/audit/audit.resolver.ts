import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-type-json';
import { Roles } from '../../common/auth/policy.decorator.js';
import { MAX_PAGE_SIZE } from '../../common/graphql/page.args.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { AuditService } from './audit.service.js';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Null when the system acted (bootstrap, CLI, jobs).',
  })
  actorId: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after: Record<string, unknown> | null;

  @Field()
  createdAt: Date;
}

@ObjectType('AuditEntryPage')
export class AuditEntryPageModel {
  @Field(() => [AuditEntryModel])
  items: AuditEntryModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;
}

@ArgsType()
export class AuditEntriesArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entityId?: string;
}

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
