import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { DomainException, notFound } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import {
  ErasureStage,
  PersonalDataRegistry,
  type ErasureBlocker,
  type PersonalDataEraser,
  type PersonalDataSubject,
  withAddresses,
} from '../../../common/privacy/personal-data.js';
import { redactPersonalText } from '../../../common/privacy/personal-text.js';
import { Clock } from '../../../common/time/clock.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AuditService } from '../../audit/audit.service.js';
import { normaliseEmail } from '../../users/normalise-email.js';
import { UsersService } from '../../users/users.service.js';
import type { AccountErasureModel } from './models/account-erasure.model.js';
import { scrubPersonalText } from './personal-text-scrub.js';

/** `Poistettu käyttäjä 3f9c2a`: readable where a record must name someone, tied to nobody. */
export function newPseudonym(): string {
  return `Poistettu käyttäjä ${randomBytes(3).toString('hex')}`;
}

/**
 * The erasure of an account (issue 17, docs/privacy.md): by the person themselves
 * (`deleteMyAccount`) or by an admin on request (`eraseUser`). One transaction: the account
 * row is locked; every registered eraser's blockers are asked (ONLY_CONTACT, LAST_ADMIN) and
 * any refuses the whole erasure with nothing changed; then every eraser removes or
 * pseudonymises the person's data in its feature's tables (their identity rows by key); then
 * the schema-wide scrub replaces the full name and address wherever else they are written,
 * skipping the identity columns the erasers declare (a namesake keeps their own name); last,
 * the audit entry (its reason scrubbed too: it never holds the name or address).
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly registry: PersonalDataRegistry,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The signed-in person erases their own account, confirming with their address. */
  deleteMyAccount(principal: Principal, confirmEmail: string): Promise<AccountErasureModel> {
    return this.transactions.run(async (manager) => {
      const subject = await this.lockSubject(manager, principal.user.id);
      if (normaliseEmail(confirmEmail) !== subject.email)
        throw new DomainException(ErrorCode.CONFIRMATION_EMAIL_MISMATCH, {
          field: 'input.confirmEmail',
        });
      return this.erase(manager, subject, principal.user.id, null);
    });
  }

  /** An admin erases someone's account on their request; `reason` is kept in the audit. */
  eraseUser(principal: Principal, userId: string, reason: string): Promise<AccountErasureModel> {
    return this.transactions.run(async (manager) => {
      const subject = await this.lockSubject(manager, userId);
      return this.erase(manager, subject, principal.user.id, reason);
    });
  }

  private async lockSubject(manager: EntityManager, userId: string): Promise<PersonalDataSubject> {
    const user = await this.users.findByIdForUpdate(manager, userId);
    if (!user) throw notFound();
    if (user.erasedAt) throw new DomainException(ErrorCode.ALREADY_ERASED);
    return { userId: user.id, email: user.email, name: user.name ?? '' };
  }

  private async erase(
    manager: EntityManager,
    account: PersonalDataSubject,
    actorId: string,
    reason: string | null,
  ): Promise<AccountErasureModel> {
    const erasers = this.erasersInOrder();
    const blockers: ErasureBlocker[] = [];
    for (const eraser of erasers) {
      if (eraser.blockers) blockers.push(...(await eraser.blockers(manager, account)));
    }
    throwFirstBlocker(blockers);
    // Every address of theirs (a work address on their own team row), asked before any eraser
    // changes the rows that tell it.
    const subject = await withAddresses(manager, account, erasers);

    const pseudonym = newPseudonym();
    const rows: Record<string, number> = {};
    for (const eraser of erasers) {
      const counts = await eraser.erase(manager, subject, pseudonym);
      for (const [table, count] of Object.entries(counts)) rows[table] = count;
    }
    const scrubbed = await scrubPersonalText(
      manager,
      subject,
      pseudonym,
      erasers.flatMap((eraser) => eraser.identityColumns ?? []),
    );
    // The instant the users eraser wrote to erased_at (from the Clock): the answer and the row
    // agree.
    const erasedAt =
      (await this.users.findById(subject.userId, manager))?.erasedAt ?? this.clock.now();
    await this.audit.record(manager, {
      actorId,
      action: 'user.erased',
      entityType: 'user',
      entityId: subject.userId,
      after: {
        pseudonym,
        byAdmin: reason !== null,
        reason: reason === null ? null : redactPersonalText(reason, subject, pseudonym),
        rows,
        scrubbed,
      },
    });
    return { userId: subject.userId, pseudonym, erasedAt };
  }

  /**
   * By stage (ErasureStage), registration order within one: the account row first, so what
   * the other erasers and the role handlers they trigger write in this transaction (e.g. a
   * former expert's cancelled bookings) already names the pseudonym; then the copies of
   * records (waiting export archives), found while the memberships behind them exist.
   */
  private erasersInOrder(): PersonalDataEraser[] {
    const stageOf = (eraser: PersonalDataEraser) => eraser.stage ?? ErasureStage.RECORDS;
    // Array.prototype.sort is stable: registration order holds within a stage.
    return [...this.registry.allErasers()].sort((a, b) => stageOf(a) - stageOf(b));
  }
}

/** ONLY_CONTACT lists every organisation to hand over; other refusals go as they are. */
function throwFirstBlocker(blockers: readonly ErasureBlocker[]): void {
  if (blockers.length === 0) return;
  const onlyContact = blockers.filter((blocker) => blocker.code === String(ErrorCode.ONLY_CONTACT));
  if (onlyContact.length > 0) {
    const organisations = new Map<string, { id: string; name: string }>();
    for (const { details } of onlyContact) {
      const id = String(details.id);
      organisations.set(id, { id, name: String(details.name) });
    }
    throw new DomainException(ErrorCode.ONLY_CONTACT, {
      organisations: [...organisations.values()],
    });
  }
  const [first] = blockers;
  if (first.code === String(ErrorCode.LAST_ADMIN)) throw new DomainException(ErrorCode.LAST_ADMIN);
  throw new DomainException(ErrorCode.FORBIDDEN);
}
