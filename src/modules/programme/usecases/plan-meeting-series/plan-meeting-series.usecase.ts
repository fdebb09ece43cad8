import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Principal } from '../../../../common/auth/principal.js';
import { InputValidationException } from '../../../../common/errors/domain.exception.js';
import { assertEndAfterStart, parseZonedField } from '../../../../common/time/zoned-input.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';
import { AcademiesService } from '../../../academies/academies.service.js';
import { AuditService } from '../../../audit/audit.service.js';
import { EventRegistrationOffers } from '../../../registration/new-event-registration.js';
import type { TimelineEventRecord } from '../../../timeline/timeline.types.js';
import { TimelineService } from '../../../timeline/timeline.service.js';
import type { PlanMeetingSeriesInput } from '../../dto/plan-meeting-series.input.js';
import { planSeries } from '../../meeting-series.js';

type Title = PlanMeetingSeriesInput['title'];

/** `Sidosryhmätapaaminen` → `Sidosryhmätapaaminen 2/5`, in every language given. */
const numberedTitle = (title: Title, number: number, count: number): Title => ({
  fi: `${title.fi.trim()} ${number}/${count}`,
  sv: title.sv?.trim() ? `${title.sv.trim()} ${number}/${count}` : null,
  en: title.en?.trim() ? `${title.en.trim()} ${number}/${count}` : null,
});

/**
 * Plans a meeting series ("about twice a year, at least five meetings") as individual
 * timeline events: every meeting at the first one's wall-clock time in the academy's zone,
 * scheduled through the timeline's own rules (audit, reminders), optionally with
 * registration and capacity, all in one transaction. Afterwards each meeting is an ordinary
 * event, moved or cancelled alone. A meeting that would fall on a local time that does not
 * exist (or happens twice) refuses the whole series, naming the meeting; nothing is written.
 */
@Injectable()
export class PlanMeetingSeries {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly registrationOffers: EventRegistrationOffers,
    private readonly audit: AuditService,
  ) {}

  execute(principal: Principal, input: PlanMeetingSeriesInput): Promise<TimelineEventRecord[]> {
    return this.transactions.run(async (manager) => {
      const academy = await this.academies.require(input.academyId, manager);
      const zone = academy.timeZone;
      const firstStartsAt = parseZonedField(input.startsAt, zone, 'input.startsAt');
      const firstEndsAt = parseZonedField(input.endsAt, zone, 'input.endsAt');
      assertEndAfterStart(firstStartsAt, firstEndsAt, 'input.endsAt');
      const { meetings, problems } = planSeries({
        firstStartsAt,
        firstEndsAt,
        every: input.every,
        unit: input.unit,
        count: input.count,
        timeZone: zone,
      });
      if (problems.length > 0) throw new InputValidationException(problems);
      const events: TimelineEventRecord[] = [];
      for (const meeting of meetings) {
        const event = await this.timeline.scheduleIn(manager, principal, {
          academyId: academy.id,
          kind: input.kind,
          title: input.numbered
            ? numberedTitle(input.title, meeting.number, input.count)
            : input.title,
          description: input.description,
          startsAt: meeting.startsAt.toISOString(),
          endsAt: meeting.endsAt.toISOString(),
          mode: input.mode,
          place: input.place,
          onlineUrl: input.onlineUrl,
          audience: input.audience,
          audienceOrganisationId: input.audienceOrganisationId,
          hostIds: input.hostIds,
        });
        if (input.registration)
          await this.registrationOffers.offerOnNewEvent(manager, {
            eventId: event.id,
            capacity: input.registration.capacity,
            // Days before, at the same local time (a calendar day, not 24 hours, across DST).
            closesAt: DateTime.fromJSDate(meeting.startsAt, { zone })
              .minus({ days: input.registration.closesDaysBefore })
              .toJSDate(),
            actorId: principal.user.id,
          });
        events.push(event);
      }
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'event_series.planned',
        entityType: 'academy',
        entityId: academy.id,
        before: null,
        after: {
          every: input.every,
          unit: input.unit,
          count: input.count,
          firstLocalStart: meetings[0]?.localStart ?? null,
          registration: input.registration
            ? {
                capacity: input.registration.capacity,
                closesDaysBefore: input.registration.closesDaysBefore,
              }
            : null,
          eventIds: events.map((event) => event.id),
        },
      });
      return events;
    });
  }
}
