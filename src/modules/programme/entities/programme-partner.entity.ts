import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { BaseEntity } from '../../../database/base.entity.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';

/** An organisation that runs the programme with the organiser (coordinator, partner, funder). */
@Entity({ name: 'programme_partners' })
@Unique('uq_programme_partners_position', ['academyId', 'position'])
export class ProgrammePartnerEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_programme_partners_academy' })
  academy?: AcademyEntity;

  /** Shown in this order (0, 1, …). */
  @Column('int')
  position: number;

  /** The organisation's own name, not translated. */
  @Column('varchar', { length: 200 })
  name: string;

  /** Its role in the programme, e.g. "Koordinaattori" / "Coordinator". */
  @Column(() => LocalizedText, { prefix: 'role' })
  role: LocalizedText;

  /** Its web site, http(s) only. */
  @Column('varchar', { length: 500, nullable: true })
  url: string | null;
}
