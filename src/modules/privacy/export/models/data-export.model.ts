import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataExportKind, DataExportStatus } from '../data-export.enums.js';

registerEnumType(DataExportKind, {
  name: 'DataExportKind',
  description: "Whose data: the caller's own, or an organisation's (asked by its contact).",
});
registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description:
    'PENDING: being built. READY: mailed, the link works once until expiresAt. DOWNLOADED / EXPIRED: the archive is deleted.',
});

@ObjectType('DataExport', { description: 'A data export you asked for (issue 17).' })
export class DataExportModel {
  @Field(() => ID)
  id: string;

  @Field(() => DataExportKind)
  kind: DataExportKind;

  @Field(() => ID, { nullable: true, description: 'The exported organisation (ORGANISATION).' })
  organisationId: string | null;

  @Field(() => DataExportStatus)
  status: DataExportStatus;

  @Field({ description: 'When it was asked for.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the archive was built and mailed.' })
  readyAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The download link works until then.' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  downloadedAt: Date | null;

  // Float: GraphQL's Int stops at 2^31 - 1; a size is a whole number below 2^53.
  @Field(() => Float, {
    nullable: true,
    description: 'Size of the zip archive in bytes (a whole number).',
  })
  sizeBytes: number | null;
}
