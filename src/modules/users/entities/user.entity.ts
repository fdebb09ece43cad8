import { Column, Entity, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { Locale } from '../../../common/i18n/locale.js';
import { GlobalRole } from '../../../common/auth/global-role.js';

@Entity({ name: 'users' })
@Unique('uq_users_email', ['email'])
export class UserEntity extends BaseEntity {
  /** Stored trimmed and lower-cased (see normaliseEmail), so uniqueness ignores letter case. */
  @Column('varchar', { length: 320 })
  email: string;

  @Column('varchar', { length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.fi })
  locale: Locale;

  @Column({ type: 'enum', enum: GlobalRole, enumName: 'global_role', array: true, default: '{}' })
  roles: GlobalRole[];

  /**
   * When the account was erased (issue 17): the name and address were replaced by a pseudonym,
   * the row stays so that decisions, reviews and audit entries keep pointing at someone.
   */
  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;
}

// Kept here too for existing callers; new code imports it from users/normalise-email.ts.
export { normaliseEmail } from '../normalise-email.js';
