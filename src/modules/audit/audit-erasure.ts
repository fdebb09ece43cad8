import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { personalReplacements } from '../../common/privacy/personal-text.js';

/**
 * The audit trail keeps every entry (who did what, when; `actor_id` and `entity_id` are
 * pseudonymous references to the erased account), with the person's full name and address
 * in the before/after copies replaced by the pseudonym and the pseudonymous address.
 */
@Injectable()
export class AuditErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'audit';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
    pseudonym: string,
  ): Promise<Record<string, number>> {
    let changed = 0;
    for (const { pattern, replacement } of personalReplacements(subject, pseudonym)) {
      // Matched on the jsonb's text and parsed back: the replacements hold no quote or
      // backslash, so the JSON stays valid (a name with a quote, escaped in JSON, is not found).
      const [, affected]: [unknown, number] = await manager.query(
        `UPDATE audit_entries
           SET before = CAST(regexp_replace(CAST(before AS text), $1, $2, 'gi') AS jsonb),
               after = CAST(regexp_replace(CAST(after AS text), $1, $2, 'gi') AS jsonb)
         WHERE CAST(before AS text) ~* $1 OR CAST(after AS text) ~* $1`,
        [pattern, replacement],
      );
      changed += affected;
    }
    return { audit_entries: changed };
  }
}
