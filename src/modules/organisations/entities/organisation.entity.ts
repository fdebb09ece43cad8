import { Check, Column, Entity, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { OrganisationType } from '../organisation.enums.js';

@Entity({ name: 'organisations' })
// Unique when present: organisations without one (NULL) never collide.
@Unique('uq_organisations_business_id', ['businessId'])
@Unique('uq_organisations_association_register_number', ['associationRegisterNumber'])
// Only individuals and associations may lack a Y-tunnus (BUSINESS_ID_OPTIONAL_TYPES). The
// type is compared as text: its new values cannot be used in the migration that adds them.
@Check(
  'ck_organisations_business_id_required',
  `"business_id" IS NOT NULL OR "type"::text IN ('${OrganisationType.INDIVIDUAL}', '${OrganisationType.ASSOCIATION}')`,
)
@Check(
  'ck_organisations_association_register_number',
  `"association_register_number" IS NULL OR "type"::text = '${OrganisationType.ASSOCIATION}'`,
)
export class OrganisationEntity extends BaseEntity {
  @Column('varchar', { length: 200 })
  name: string;

  /**
   * Finnish business ID (Y-tunnus), `1234567-8`, check digit verified. Null only for an
   * individual or an association without one.
   */
  @Column('varchar', { length: 9, nullable: true })
  businessId: string | null;

  /** An association's number in the Finnish association register (digits only), if given. */
  @Column('varchar', { length: 12, nullable: true })
  associationRegisterNumber: string | null;

  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type: OrganisationType;

  /** Region (maakunta), free text. */
  @Column('varchar', { length: 100, nullable: true })
  region: string | null;
}
