import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A pilot its team (or an admin) published on the academy's public results page. The page
 * shows a pilot only while this row exists **and** its organisation's application gave the
 * "share learnings" consent (both checked on every read); publishing without the consent is
 * refused (NO_SHARING_CONSENT). Unpublishing deletes the row.
 */
@Entity({ name: 'tracked_action_publications' })
export class TrackedActionPublicationEntity {
  @PrimaryColumn('uuid')
  trackedActionId: string;

  @OneToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_tracked_action_publications_action',
  })
  trackedAction?: TrackedActionEntity;

  /** The server's clock when it was published. */
  @Column('timestamptz')
  publishedAt: Date;
}
