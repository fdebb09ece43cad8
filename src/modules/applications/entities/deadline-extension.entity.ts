import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ApplicationEntity } from './application.entity.js';

/** A later deadline for one application only, granted by an admin (audited). */
@Entity({ name: 'deadline_extensions' })
export class DeadlineExtensionEntity {
  @PrimaryColumn('uuid')
  applicationId: string;

  @OneToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'fk_deadline_extensions_application',
  })
  application?: ApplicationEntity;

  @Column('timestamptz')
  until: Date;

  @Column('text')
  reason: string;

  @Column('uuid')
  grantedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;
}
