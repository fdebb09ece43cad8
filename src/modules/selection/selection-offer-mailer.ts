import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { formatZoned, formatZonedWithZone } from '../../common/time/zoned-time.js';
import { AppConfig } from '../../config/app-config.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { MailService } from '../mail/mail.service.js';
import {
  renderSelectionOfferMail,
  type SelectionOfferMailKind,
} from '../mail/templates/selection-offer.templates.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { SelectionOfferEntity } from './entities/selection-offer.entity.js';

/**
 * Mail of the reserve list, in the transaction of the change: the offer to a promoted
 * reserve (its own deadline), the receipts of a confirmation and a decline and the notice of
 * a lapse, one mail to
 * each CONTACT of the organisation in their language.
 */
@Injectable()
export class SelectionOfferMailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly memberships: OrganisationMembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly applications: ApplicationRecordsService,
  ) {}

  offered(manager: EntityManager, offer: SelectionOfferEntity, academy: AcademyRecord) {
    return this.send(manager, 'OFFERED', offer, academy);
  }

  confirmed(manager: EntityManager, offer: SelectionOfferEntity, academy: AcademyRecord) {
    return this.send(manager, 'CONFIRMED', offer, academy);
  }

  declined(manager: EntityManager, offer: SelectionOfferEntity, academy: AcademyRecord) {
    return this.send(manager, 'DECLINED', offer, academy);
  }

  lapsed(manager: EntityManager, offer: SelectionOfferEntity, academy: AcademyRecord) {
    return this.send(manager, 'LAPSED', offer, academy);
  }

  private async send(
    manager: EntityManager,
    kind: SelectionOfferMailKind,
    offer: SelectionOfferEntity,
    academy: AcademyRecord,
  ): Promise<void> {
    const application = await this.applications.findById(offer.applicationId, manager);
    if (!application) return;
    const organisation = await this.organisations.require(application.organisationId, manager);
    const contacts = await this.memberships.contactsOf(organisation.id, manager);
    const page = kind === 'CONFIRMED' ? 'cohort' : 'decision';
    await this.mail.enqueueAll(
      manager,
      contacts.map((user) => ({
        type: `SELECTION_OFFER_${kind}`,
        to: { address: user.email, name: user.name },
        locale: user.locale,
        rendered: renderSelectionOfferMail(kind, user.locale, {
          academyTitle: pickLocalized(academy.title, user.locale),
          organisationName: organisation.name,
          deadline: formatZoned(offer.respondBy, academy.timeZone, user.locale),
          deadlineWithZone: formatZonedWithZone(offer.respondBy, academy.timeZone, user.locale),
          url: `${this.config.publicUrl}/academies/${academy.slug}/${page}`,
        }),
      })),
    );
  }
}
