import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity.js';

/**
 * A person's secret calendar feed. The URL token is derived from APP_SECRET, the feed id and
 * its generation (HMAC), so it is never stored; only its SHA-256 hash is, for lookup.
 * Rotating raises the generation: the old URL stops matching.
 */
@Entity({ name: 'calendar_feeds' })
@Unique('uq_calendar_feeds_user_id', ['userId'])
@Unique('uq_calendar_feeds_token_hash', ['tokenHash'])
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feeds_user' })
  user?: UserEntity;

  @Column('integer', { default: 1 })
  generation: number;

  @Column('char', { length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  rotatedAt: Date | null;
}
