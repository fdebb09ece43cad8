import { replayRegistrations } from './registration-seed.service.js';
import { RegistrationStatus } from './registration.enums.js';

const at = (day: number): Date => new Date(Date.UTC(2024, 0, day, 9));

describe('replayRegistrations (registration history for the demo seed)', () => {
  it('gives seats in arrival order, waitlists beyond capacity and promotes the first waitlisted when a seat frees', () => {
    const rows = replayRegistrations({
      eventId: 'event',
      capacity: 2,
      openedAt: at(1),
      closesAt: at(20),
      registrations: [
        { userId: 'c', registeredAt: at(4) },
        { userId: 'a', registeredAt: at(2), cancelledAt: at(10) },
        { userId: 'b', registeredAt: at(3) },
        { userId: 'd', registeredAt: at(5) },
      ],
    });
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    expect(rows.map((row) => [row.userId, row.arrival])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    expect(byUser.get('a')).toMatchObject({
      status: RegistrationStatus.CANCELLED,
      seatNo: null,
      cancelledAt: at(10),
    });
    expect(byUser.get('b')).toMatchObject({ status: RegistrationStatus.REGISTERED, seatNo: 2 });
    // c waited and took a's seat when a cancelled; d still waits.
    expect(byUser.get('c')).toMatchObject({
      status: RegistrationStatus.REGISTERED,
      seatNo: 1,
      promotedAt: at(10),
    });
    expect(byUser.get('d')).toMatchObject({
      status: RegistrationStatus.WAITLISTED,
      seatNo: null,
      promotedAt: null,
    });
  });
});
