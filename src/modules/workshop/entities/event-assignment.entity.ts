import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { TimelineEventEntity } from '../../timeline/entities/timeline-event.entity.js';

/** An assignment of one event, e.g. "bring your pilot's market analysis", due at an instant. */
@Entity({ name: 'event_assignments' })
@Index('ix_event_assignments_event', ['eventId', 'dueAt'])
export class EventAssignmentEntity extends BaseEntity {
  @Column('uuid')
  eventId: string;

  @ManyToOne(() => TimelineEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_assignments_event' })
  event?: TimelineEventEntity;

  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'instructions' })
  instructions: LocalizedText;

  @Column('timestamptz')
  dueAt: Date;
}
