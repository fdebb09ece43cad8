import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Locale } from '../../../common/i18n/locale.js';
import { TokenPurpose } from '../one-time-token.enums.js';

/**
 * A one-time token mailed to an address. Only its hash is stored; the hash covers the
 * purpose too, so a token minted for one purpose never matches another.
 */
@Entity({ name: 'one_time_tokens' })
@Unique('uq_one_time_tokens_token_hash', ['tokenHash'])
export class OneTimeTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column({ type: 'enum', enum: TokenPurpose, enumName: 'token_purpose' })
  purpose: TokenPurpose;

  @Index('ix_one_time_tokens_email')
  @Column('varchar', { length: 320 })
  email: string;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale' })
  locale: Locale;

  /** What the token grants, e.g. the invitation id for INVITATION. */
  @Column('uuid', { nullable: true })
  subjectId: string | null;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  consumedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
