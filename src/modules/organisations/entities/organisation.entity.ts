import { Column, Entity, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { OrganisationType } from '../organisation.enums.js';

@Entity({ name: 'organisations' })
@Unique('uq_organisations_business_id', ['businessId'])
export class OrganisationEntity extends BaseEntity {
  @Column('varchar', { length: 200 })
  name: string;

  /** Finnish business ID (Y-tunnus), `1234567-8`, check digit verified. */
  @Column('varchar', { length: 9 })
  businessId: string;

  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type: OrganisationType;

  /** Region (maakunta), free text. */
  @Column('varchar', { length: 100, nullable: true })
  region: string | null;
}
