import { completenessOf } from './application-completeness.js';
import { ApplicationStatus } from './application.enums.js';

describe('completenessOf', () => {
  it('is complete only when submitted and a consultation is booked', () => {
    expect(completenessOf(ApplicationStatus.SUBMITTED, true)).toEqual({
      submitted: true,
      consultationBooked: true,
      complete: true,
      missing: [],
    });
    expect(completenessOf(ApplicationStatus.SUBMITTED, false).missing).toEqual(['CONSULTATION']);
    expect(completenessOf(ApplicationStatus.DRAFT, true).missing).toEqual(['SUBMISSION']);
    expect(completenessOf(ApplicationStatus.WITHDRAWN, false)).toEqual({
      submitted: false,
      consultationBooked: false,
      complete: false,
      missing: ['SUBMISSION', 'CONSULTATION'],
    });
  });
});
