import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { formatZonedWithZone } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { MailService, type MailToSend } from '../mail/mail.service.js';
import { renderSelectionDecision } from '../mail/templates/selection-decision.templates.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { SelectionOutcome } from './selection.enums.js';

export interface ReleasedDecision {
  applicationId: string;
  organisationId: string;
  outcome: SelectionOutcome;
  reserveRank: number | null;
}

/** Rows per INSERT: 500 decisions × a few contacts stay well under PostgreSQL's 65 535 parameters. */
const CHUNK = 200;

/** The mail type of each outcome (outbox `type`), distinct like the subjects. */
export const DECISION_MAIL_TYPE: Record<SelectionOutcome, string> = {
  [SelectionOutcome.ACCEPTED]: 'SELECTION_ACCEPTED',
  [SelectionOutcome.RESERVE]: 'SELECTION_RESERVE',
  [SelectionOutcome.REJECTED]: 'SELECTION_REJECTED',
};

/**
 * The decision mails of a release, inside its transaction: one per contact person of every
 * decided organisation, in the contact's own language.
 */
@Injectable()
export class SelectionDecisionMailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly memberships: OrganisationMembershipsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Returns how many mails were written. */
  async enqueueDecisions(
    manager: EntityManager,
    academy: AcademyRecord,
    decisions: readonly ReleasedDecision[],
    respondBy: Date,
  ): Promise<number> {
    const organisationIds = [...new Set(decisions.map((decision) => decision.organisationId))];
    const contacts = await this.memberships.contactsOfMany(organisationIds, manager);
    const names = new Map(
      (await this.organisations.findByIds(organisationIds, manager)).map((o) => [o.id, o.name]),
    );
    const url = `${this.config.publicUrl}/academies/${academy.slug}/decision`;
    const mails: MailToSend[] = decisions.flatMap((decision) =>
      (contacts.get(decision.organisationId) ?? []).map((person) => ({
        type: DECISION_MAIL_TYPE[decision.outcome],
        to: { address: person.email, name: person.name },
        locale: person.locale,
        rendered: renderSelectionDecision(person.locale, {
          academyTitle: pickLocalized(academy.title, person.locale),
          organisationName: names.get(decision.organisationId) ?? '',
          outcome: decision.outcome,
          reserveRank: decision.reserveRank,
          respondBy:
            decision.outcome === SelectionOutcome.ACCEPTED
              ? formatZonedWithZone(respondBy, academy.timeZone, person.locale)
              : null,
          url,
        }),
      })),
    );
    for (let start = 0; start < mails.length; start += CHUNK)
      await this.mail.enqueueAll(manager, mails.slice(start, start + CHUNK));
    return mails.length;
  }
}
