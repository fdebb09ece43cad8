import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CheckInCadence } from '../check-ins/check-in.enums.js';

/**
 * An academy's check-in settings (one row per academy, written by admins; an academy without
 * a row uses the defaults `FOLLOW_UP_SETTINGS_DEFAULTS`).
 */
@Entity({ name: 'follow_up_settings' })
export class FollowUpSettingsEntity {
  @PrimaryColumn('uuid')
  academyId: string;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_follow_up_settings_academy' })
  academy?: unknown;

  @Column({
    type: 'enum',
    enum: CheckInCadence,
    enumName: 'check_in_cadence',
    default: CheckInCadence.MONTHLY,
  })
  checkInCadence: CheckInCadence;

  /** How many days before a task's due date its owner is reminded (0 = on the day). */
  @Column('int', { default: 3 })
  taskReminderDays: number;

  /**
   * The last day (in the academy's zone) the alumni organisations' responsible persons may
   * submit their outcome reports; null = no deadline set (reports open, no reminders).
   */
  @Column('date', { nullable: true })
  outcomeReportDueOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
