import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventRegistrationSettingsEntity } from './entities/event-registration-settings.entity.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import { RegistrationStatus } from './registration.enums.js';

/** A past event's registration as it happened (the demo seed's history). */
export interface RegistrationHistorySeed {
  eventId: string;
  capacity: number;
  closesAt: Date;
  /** When the organiser opened registration. */
  openedAt: Date;
  /** Each person's registration and, if they cancelled, when. */
  registrations: Array<{ userId: string; registeredAt: Date; cancelledAt?: Date }>;
}

/**
 * Writes a past event's registration for the demo seed (no mail, no audit: it all happened
 * before). The registrations and cancellations are replayed in time order by the service's
 * own rules, so the rows look as the application would have left them: arrival numbers in
 * order, the lowest free seat, the waitlist beyond capacity, the first waitlisted promoted when
 * a seat frees.
 */
@Injectable()
export class RegistrationSeedService {
  /** False, and nothing written, when the event already takes registrations. */
  async seedIfAbsent(manager: EntityManager, seed: RegistrationHistorySeed): Promise<boolean> {
    const settings = manager.getRepository(EventRegistrationSettingsEntity);
    if (await settings.existsBy({ eventId: seed.eventId })) return false;
    await settings.insert({
      eventId: seed.eventId,
      capacity: seed.capacity,
      closesAt: seed.closesAt,
      createdAt: seed.openedAt,
      updatedAt: seed.openedAt,
    });
    const rows = replayRegistrations(seed);
    const repository = manager.getRepository(EventRegistrationEntity);
    await repository.save(rows.map((row) => repository.create({ eventId: seed.eventId, ...row })));
    return true;
  }
}

export type ReplayedRegistration = Pick<
  EventRegistrationEntity,
  'userId' | 'status' | 'arrival' | 'seatNo' | 'promotedAt' | 'cancelledAt' | 'createdAt'
> & { updatedAt: Date };

export function replayRegistrations(seed: RegistrationHistorySeed): ReplayedRegistration[] {
  const steps = seed.registrations
    .flatMap((registration, index) => [
      { at: registration.registeredAt, index, cancel: false },
      ...(registration.cancelledAt ? [{ at: registration.cancelledAt, index, cancel: true }] : []),
    ])
    .sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.cancel) - Number(b.cancel));
  const rows: ReplayedRegistration[] = [];
  const byIndex = new Map<number, ReplayedRegistration>();
  const freeSeat = (): number | null => {
    for (let seat = 1; seat <= seed.capacity; seat++)
      if (!rows.some((row) => row.status === RegistrationStatus.REGISTERED && row.seatNo === seat))
        return seat;
    return null;
  };
  for (const step of steps) {
    if (!step.cancel) {
      const seatNo = freeSeat();
      const row: ReplayedRegistration = {
        userId: seed.registrations[step.index].userId,
        status: seatNo === null ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED,
        arrival: rows.length + 1,
        seatNo,
        promotedAt: null,
        cancelledAt: null,
        createdAt: step.at,
        updatedAt: step.at,
      };
      rows.push(row);
      byIndex.set(step.index, row);
      continue;
    }
    const row = byIndex.get(step.index)!;
    const freed = row.status === RegistrationStatus.REGISTERED;
    Object.assign(row, {
      status: RegistrationStatus.CANCELLED,
      seatNo: null,
      cancelledAt: step.at,
      updatedAt: step.at,
    });
    const next = rows.find((other) => other.status === RegistrationStatus.WAITLISTED);
    if (freed && next)
      Object.assign(next, {
        status: RegistrationStatus.REGISTERED,
        seatNo: freeSeat(),
        promotedAt: step.at,
        updatedAt: step.at,
      });
  }
  return rows;
}
