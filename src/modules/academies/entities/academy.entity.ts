import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { AcademyEnrolment, AcademyStatus } from '../academy.enums.js';

@Entity({ name: 'academies' })
@Unique('uq_academies_slug', ['slug'])
@Check('ck_academies_application_window', '"application_opens_at" < "application_deadline"')
@Check('ck_academies_capacity_positive', '"capacity" > 0')
@Check('ck_academies_reserve_response_days', '"reserve_response_days" BETWEEN 1 AND 60')
@Check('ck_academies_team_size_limit', '"team_size_limit" BETWEEN 1 AND 50')
export class AcademyEntity extends BaseEntity {
  @Column('varchar', { length: 80 })
  slug: string;

  /** A short theme key shared by editions, e.g. `kiertotalous`. */
  @Column('varchar', { length: 80 })
  theme: string;

  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'description' })
  description: LocalizedText;

  /** IANA zone in which deadlines and event times are entered and shown. */
  @Column('varchar', { length: 64, default: 'Europe/Helsinki' })
  timeZone: string;

  @Column('timestamptz')
  applicationOpensAt: Date;

  /** The last instant at which an application may be submitted ("by 31.5." = 23:59:59.999 local). */
  @Column('timestamptz')
  applicationDeadline: Date;

  @Column('timestamptz')
  consultationBookingDeadline: Date;

  @Column('timestamptz')
  selectionAnnouncementAt: Date;

  @Column('integer')
  capacity: number;

  /**
   * Organisations accepted at the selection's release confirm or decline by this instant
   * (null: 14 days after the release).
   */
  @Column('timestamptz', { nullable: true })
  confirmationDeadline: Date | null;

  /**
   * Minutes before each event that its audience gets a reminder (default 2 days and 1 hour;
   * empty: no event reminders).
   */
  @Column('integer', { array: true, default: () => "'{2880,60}'" })
  eventReminderMinutes: number[];

  /** A reserve promoted after a decline or lapse has this many days to answer its offer. */
  @Column('integer', { default: 7 })
  reserveResponseDays: number;

  /** A cohort organisation's contacts keep its named team at most this many people (1…50, a check). */
  @Column('integer', { default: 6 })
  teamSizeLimit: number;

  /** Events' recorded outcomes are shown to anyone (also signed out) once the academy is published. */
  @Column('boolean', { default: false })
  publicOutcomes: boolean;

  /** Applicants may cancel or move a consultation until this many hours before it starts. */
  @Column('integer', { default: 24 })
  consultationChangeCutoffHours: number;

  @Index('ix_academies_status')
  @Column({
    type: 'enum',
    enum: AcademyStatus,
    enumName: 'academy_status',
    default: AcademyStatus.DRAFT,
  })
  status: AcademyStatus;

  /**
   * SELECTIVE (apply, selection) or OPEN (sign up and take part at once). For OPEN academies
   * the application window (`applicationOpensAt` … `applicationDeadline`) is the sign-up
   * window. Changed only while DRAFT.
   */
  @Column({
    type: 'enum',
    enum: AcademyEnrolment,
    enumName: 'academy_enrolment',
    default: AcademyEnrolment.SELECTIVE,
  })
  enrolment: AcademyEnrolment;

  /**
   * Terms of participation (fi required, sv/en optional) an OPEN academy's sign-up must
   * accept; null: none to accept.
   */
  @Column('jsonb', { nullable: true })
  signUpTerms: LocalizedText | null;

  /** The earlier edition of the same academy, if any. */
  @ManyToOne(() => AcademyEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'previous_edition_id',
    foreignKeyConstraintName: 'fk_academies_previous_edition',
  })
  previousEdition: AcademyEntity | null;

  @Column('uuid', { nullable: true })
  previousEditionId: string | null;
}
