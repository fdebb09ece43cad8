import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What applications need to know about consultation bookings, answered by consultations. */
export interface ConsultationBookingFacts {
  /** Of these applications, the ids of those with an active booking. */
  withActiveBooking(
    applicationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>>;
  /** SQL: the application (an id expression, e.g. `application.id`) has an active booking. */
  activeBookingSql(applicationExpression: string): string;
}

/**
 * The booking facts behind completeness and the `complete:` filter. Consultations builds on
 * applications (its module imports this one), so applications cannot import consultations:
 * consultations registers its answers here at start-up, as with `ApplicationEvents`.
 */
@Injectable()
export class ConsultationBookingPort implements ConsultationBookingFacts {
  private facts: ConsultationBookingFacts | null = null;

  register(facts: ConsultationBookingFacts): void {
    this.facts = facts;
  }

  private registered(): ConsultationBookingFacts {
    // Guessing "no bookings" would silently mark every application incomplete.
    if (!this.facts) throw new Error('No consultation booking facts registered');
    return this.facts;
  }

  withActiveBooking(
    applicationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (applicationIds.length === 0) return Promise.resolve(new Set());
    return this.registered().withActiveBooking(applicationIds, manager);
  }

  async hasActiveBooking(applicationId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.withActiveBooking([applicationId], manager)).has(applicationId);
  }

  activeBookingSql(applicationExpression: string): string {
    return this.registered().activeBookingSql(applicationExpression);
  }
}
