import { Field, ObjectType } from '@nestjs/graphql';
import { AuditEntryModel } from './audit-entry.model.js';

@ObjectType('AuditEntryPage')
export class AuditEntryPageModel {
  @Field(() => [AuditEntryModel])
  items: AuditEntryModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;
}
