import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { BaseEntity } from '../../../database/base.entity.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';

/** Who pays for the programme, and how much when the organiser publishes it (EU/ERDF, own funding). */
@Entity({ name: 'programme_funding_sources' })
@Unique('uq_programme_funding_sources_position', ['academyId', 'position'])
@Check('ck_programme_funding_sources_amount_non_negative', '"amount" >= 0')
@Check('ck_programme_funding_sources_currency', '("amount" IS NULL) = ("currency" IS NULL)')
export class ProgrammeFundingSourceEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'academy_id',
    foreignKeyConstraintName: 'fk_programme_funding_sources_academy',
  })
  academy?: AcademyEntity;

  @Column('int')
  position: number;

  /** The funder or the kind of funding, e.g. "Uudenmaan liitto", "Omarahoitus" / "Own funding". */
  @Column(() => LocalizedText, { prefix: 'name' })
  name: LocalizedText;

  /** Exact decimal (a string from `pg`); null when the organiser names the funder only. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  amount: string | null;

  @Column('char', { length: 3, nullable: true })
  currency: string | null;
}
