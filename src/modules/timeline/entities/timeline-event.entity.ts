import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
} from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import { UserEntity } from '../../users/entities/user.entity.js';
import { EventKind, EventMode, EventAudience, EventStatus } from '../timeline-event.enums.js';

@Entity({ name: 'timeline_events' })
@Index('ix_timeline_events_academy_starts', ['academyId', 'startsAt'])
@Check('ck_timeline_events_ends_after_start', '"ends_at" > "starts_at"')
@Check(
  'ck_timeline_events_organisation_audience',
  `("audience" = '${EventAudience.ORGANISATION}') = ("audience_organisation_id" IS NOT NULL)`,
)
export class TimelineEventEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_timeline_events_academy' })
  academy?: AcademyEntity;

  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' })
  kind: EventKind;

  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'description' })
  description: LocalizedText;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column({ type: 'enum', enum: EventMode, enumName: 'event_mode' })
  mode: EventMode;

  @Column('varchar', { length: 300, nullable: true })
  place: string | null;

  @Column('varchar', { length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'enum', enum: EventAudience, enumName: 'event_audience' })
  audience: EventAudience;

  @Index('ix_timeline_events_audience_organisation')
  @Column('uuid', { nullable: true })
  audienceOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'audience_organisation_id',
    foreignKeyConstraintName: 'fk_timeline_events_organisation',
  })
  audienceOrganisation?: OrganisationEntity | null;

  @Column({
    type: 'enum',
    enum: EventStatus,
    enumName: 'event_status',
    default: EventStatus.SCHEDULED,
  })
  status: EventStatus;

  /** iCalendar SEQUENCE: raised on every change so calendar apps take the update. */
  @Column('integer', { default: 0 })
  sequence: number;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'timeline_event_hosts',
    joinColumn: {
      name: 'event_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_timeline_event_hosts_event',
    },
    inverseJoinColumn: {
      name: 'user_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_timeline_event_hosts_user',
    },
  })
  hosts?: UserEntity[];
}
