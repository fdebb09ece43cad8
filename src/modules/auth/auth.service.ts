import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Locale } from '../../common/i18n/locale.js';
import type { MessageKey } from '../../common/i18n/messages.js';
import { Clock } from '../../common/time/clock.js';
import { hashToken, newSecretToken } from '../../common/auth/tokens.js';
import type { Principal } from '../../common/auth/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { renderSignInLink } from '../mail/templates/sign-in-link.template.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { RateLimitService } from '../rate-limits/rate-limit.service.js';
import { PrincipalResolver } from '../../common/auth/principal-resolver.js';
import { mailboxKey, normaliseEmail } from '../users/normalise-email.js';
import type { UserRecord } from '../users/user.types.js';
import { UsersService } from '../users/users.service.js';
import { OneTimeTokenEntity } from './entities/one-time-token.entity.js';
import { TokenPurpose } from './one-time-token.enums.js';
import { SessionEntity } from './entities/session.entity.js';
import { maskEmail } from './mask-email.js';
import { SignInLinkStatus } from './session.enums.js';

const SESSION_PURPOSE = 'SESSION';
const SESSION_TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

/** A code typed or pasted from the mail may carry spaces or a line break. */
const normaliseToken = (token: string): string => token.replace(/\s+/g, '');

const REFUSAL_MESSAGES = {
  [SignInLinkStatus.EXPIRED]: 'SIGN_IN_LINK_EXPIRED',
  [SignInLinkStatus.USED]: 'SIGN_IN_LINK_USED',
  [SignInLinkStatus.INVALID]: 'SIGN_IN_LINK_INVALID',
} as const satisfies Record<Exclude<SignInLinkStatus, SignInLinkStatus.VALID>, MessageKey>;

export interface SignInResult {
  accessToken: string;
  expiresAt: Date;
  user: UserRecord;
}

export interface SignInLinkView {
  status: SignInLinkStatus;
  email: string | null;
  maskedEmail: string | null;
  locale: Locale | null;
  expiresAt: Date | null;
}

/** Passwordless sign-in: a one-time link by e-mail, exchanged for a revocable session. */
@Injectable()
export class AuthService implements PrincipalResolver {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly users: UsersService,
  ) {}

  /**
   * Always answers the same way, doing the same work whether or not the address is known:
   * a token row and an outbox row. The user is created only when the link is used.
   */
  async requestSignIn(
    email: string,
    locale: Locale,
    clientAddress: string,
    next: string | null = null,
  ): Promise<true> {
    const address = normaliseEmail(email);
    const window = this.config.rateLimits.windowSeconds;
    await this.rateLimits.consume({
      name: 'sign-in-request:address',
      subject: clientAddress,
      max: this.config.rateLimits.signInPerAddress,
      windowSeconds: window,
    });
    await this.rateLimits.consume({
      name: 'sign-in-request:email',
      // Counted per mailbox: `+tag`s and quoted spellings of one address share the limit.
      subject: mailboxKey(address),
      max: this.config.rateLimits.signInPerEmail,
      windowSeconds: window,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.issueAndMail(manager, address, locale, next);
    });
    return true;
  }

  private async issueAndMail(
    manager: EntityManager,
    address: string,
    locale: Locale,
    next: string | null,
  ): Promise<void> {
    const token = newSecretToken();
    const minutes = this.config.auth.signInTokenTtlMinutes;
    await manager.getRepository(OneTimeTokenEntity).insert({
      tokenHash: hashToken(TokenPurpose.SIGN_IN, token),
      purpose: TokenPurpose.SIGN_IN,
      email: address,
      locale,
      subjectId: null,
      expiresAt: new Date(this.clock.now().getTime() + minutes * 60_000),
      consumedAt: null,
    });
    // `next` (validated as a path of this app) brings the person back to the page they were
    // on, even when the link opens in another tab or browser.
    const url =
      `${this.config.publicUrl}/sign-in?token=${encodeURIComponent(token)}` +
      (next ? `&next=${encodeURIComponent(next)}` : '');
    await this.mail.enqueue(manager, {
      type: 'SIGN_IN_LINK',
      to: { address },
      locale,
      rendered: renderSignInLink(locale, { url, token, minutes }),
    });
  }

  /**
   * What the sign-in page shows for a token, without using it (mail scanners open links).
   * Looking counts against the caller's address like a failed sign-in, and a token we
   * issued gives its count back: guessing tokens here is as slow as guessing them at signIn.
   */
  async signInLink(token: string, clientAddress: string): Promise<SignInLinkView> {
    const failures = this.signInFailures(clientAddress);
    await this.rateLimits.consume(failures);
    const row = await this.dataSource.getRepository(OneTimeTokenEntity).findOne({
      where: {
        tokenHash: hashToken(TokenPurpose.SIGN_IN, normaliseToken(token)),
        purpose: TokenPurpose.SIGN_IN,
      },
      select: { email: true, locale: true, expiresAt: true, consumedAt: true },
    });
    if (!row) {
      return {
        status: SignInLinkStatus.INVALID,
        email: null,
        maskedEmail: null,
        locale: null,
        expiresAt: null,
      };
    }
    await this.rateLimits.refund(failures);
    const status = this.statusOf(row);
    return {
      status,
      email: status === SignInLinkStatus.VALID ? row.email : null,
      maskedEmail: maskEmail(row.email),
      locale: row.locale,
      expiresAt: row.expiresAt,
    };
  }

  /**
   * Consumes a SIGN_IN token (once, before it expires) and opens a session. The attempt is
   * counted against the caller's address before the token is looked at (one atomic
   * statement), so parallel attempts cannot get more than the limit evaluated; a successful
   * sign-in gives its count back. A refusal is UNAUTHENTICATED and says why (expired, used,
   * not ours) — the token's holder can learn as much from `signInLink`.
   */
  async signIn(token: string, clientAddress: string): Promise<SignInResult> {
    const failures = this.signInFailures(clientAddress);
    await this.rateLimits.consume(failures);
    const tokenHash = hashToken(TokenPurpose.SIGN_IN, normaliseToken(token));
    const result = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const consumed = await manager
        .createQueryBuilder()
        .update(OneTimeTokenEntity)
        .set({ consumedAt: now })
        .where({
          tokenHash,
          purpose: TokenPurpose.SIGN_IN,
          consumedAt: IsNull(),
          expiresAt: MoreThan(now),
        })
        .returning(['email', 'locale'])
        .execute();
      const row = (consumed.raw as Array<{ email: string; locale: Locale }>)[0];
      if (!row) return null;
      const user = await this.users.findOrCreateByEmail(row.email, row.locale, manager);
      await this.memberships.acceptPendingInvitations(manager, user);
      return this.openSession(manager, user);
    });
    if (!result) throw await this.refusal(tokenHash);
    await this.rateLimits.refund(failures);
    return result;
  }

  private signInFailures(clientAddress: string) {
    return {
      name: 'sign-in-failure:address',
      subject: clientAddress,
      max: this.config.rateLimits.signInFailuresPerAddress,
      windowSeconds: this.config.rateLimits.windowSeconds,
    };
  }

  private statusOf(row: { expiresAt: Date; consumedAt: Date | null }): SignInLinkStatus {
    if (row.consumedAt) return SignInLinkStatus.USED;
    if (row.expiresAt.getTime() <= this.clock.now().getTime()) return SignInLinkStatus.EXPIRED;
    return SignInLinkStatus.VALID;
  }

  private async refusal(tokenHash: string): Promise<DomainException<ErrorCode.UNAUTHENTICATED>> {
    const row = await this.dataSource.getRepository(OneTimeTokenEntity).findOne({
      where: { tokenHash, purpose: TokenPurpose.SIGN_IN },
      select: { expiresAt: true, consumedAt: true },
    });
    // VALID here means another request consumed it a moment ago: for this caller, used.
    const status = row
      ? this.statusOf(row) === SignInLinkStatus.EXPIRED
        ? SignInLinkStatus.EXPIRED
        : SignInLinkStatus.USED
      : SignInLinkStatus.INVALID;
    return new DomainException(
      ErrorCode.UNAUTHENTICATED,
      { signInLinkStatus: status },
      { key: REFUSAL_MESSAGES[status] },
    );
  }

  private async openSession(manager: EntityManager, user: UserRecord): Promise<SignInResult> {
    const accessToken = newSecretToken();
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.auth.sessionTtlHours * 3_600_000,
    );
    await manager.getRepository(SessionEntity).insert({
      tokenHash: hashToken(SESSION_PURPOSE, accessToken),
      userId: user.id,
      expiresAt,
      revokedAt: null,
    });
    return { accessToken, expiresAt, user };
  }

  /** The principal behind a session token (Bearer header or cookie), or null. */
  async authenticate(sessionToken: string | undefined): Promise<Principal | null> {
    if (!sessionToken || !SESSION_TOKEN.test(sessionToken)) return null;
    const session = await this.sessions.findOne({
      where: {
        tokenHash: hashToken(SESSION_PURPOSE, sessionToken),
        revokedAt: IsNull(),
        expiresAt: MoreThan(this.clock.now()),
      },
      select: { id: true, userId: true },
    });
    // The person and their roles, read fresh for every request (a revoked role takes effect at once).
    const user = session ? await this.users.findById(session.userId) : null;
    return session && user ? { user, sessionId: session.id } : null;
  }

  async signOut(principal: Principal): Promise<boolean> {
    await this.sessions.update(
      { id: principal.sessionId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    return true;
  }

  async signOutEverywhere(principal: Principal): Promise<number> {
    const result = await this.sessions.update(
      { userId: principal.user.id, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }
}
