import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { TimelineEventEntity } from '../../timeline/entities/timeline-event.entity.js';

/** A workshop material of one event: a text and/or a link, seen by the event's audience. */
@Entity({ name: 'event_materials' })
@Index('ix_event_materials_event', ['eventId', 'position'])
export class EventMaterialEntity extends BaseEntity {
  @Column('uuid')
  eventId: string;

  @ManyToOne(() => TimelineEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_materials_event' })
  event?: TimelineEventEntity;

  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'body' })
  body: LocalizedText;

  @Column('varchar', { length: 500, nullable: true })
  url: string | null;

  /** Shown in this order; a new material goes last. */
  @Column('int')
  position: number;
}
