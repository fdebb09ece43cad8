import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { TimelineEventEntity } from '../../timeline/entities/timeline-event.entity.js';

/**
 * A recorded outcome of one event (a vision, the problems to solve, a roadmap): a text and
 * links, seen by the event's audience and, where the academy says so, by anyone.
 */
@Entity({ name: 'event_outcomes' })
@Index('ix_event_outcomes_event', ['eventId', 'position'])
export class EventOutcomeEntity extends BaseEntity {
  @Column('uuid')
  eventId: string;

  @ManyToOne(() => TimelineEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_outcomes_event' })
  event?: TimelineEventEntity;

  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'body' })
  body: LocalizedText;

  /** http(s) addresses, in the order given. */
  @Column('varchar', { length: 500, array: true, default: () => "'{}'" })
  links: string[];

  /** Shown in this order; a new outcome goes last. */
  @Column('int')
  position: number;
}
