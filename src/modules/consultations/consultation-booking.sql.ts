import { BookingStatus } from './consultation-booking.enums.js';

// Predicates over `consultation_bookings`, written once for other features' SQL read paths.

/** The application (an id expression, e.g. `application.id`) has an active booking. */
export function activeBookingOfApplicationSql(applicationExpression: string): string {
  return `EXISTS (SELECT 1 FROM consultation_bookings b
    WHERE b.application_id = ${applicationExpression} AND b.status = '${BookingStatus.ACTIVE}')`;
}
