import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { AcademiesService } from '../academies/academies.service.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';

/**
 * The time limits an applicant's change of a consultation must respect (staff are not
 * bound by them). Always inside the caller's transaction: pass its manager.
 */
@Injectable()
export class ConsultationDeadlinesService {
  constructor(
    private readonly clock: Clock,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
  ) {}

  /** Applicants book (or move) a consultation until the booking deadline or their extension. */
  async assertBeforeBookingDeadline(
    application: ApplicationRecord,
    manager: EntityManager,
  ): Promise<void> {
    const academy = await this.academies.require(application.academyId, manager);
    const deadline = await this.applications.effectiveDeadline(
      academy,
      application.id,
      'consultationBookingDeadline',
      manager,
    );
    if (this.clock.now().getTime() > deadline.getTime()) {
      throw new DomainException(
        ErrorCode.DEADLINE_PASSED,
        { deadline: deadline.toISOString() },
        {
          key: 'BOOKING_DEADLINE_PASSED',
          params: { deadline: { instant: deadline, zone: academy.timeZone } },
        },
      );
    }
  }

  /** Applicants change a consultation only until the academy's cut-off before it starts. */
  async assertBeforeCutoff(
    slotId: string,
    academyId: string,
    manager: EntityManager,
  ): Promise<void> {
    const slot = await manager
      .getRepository(ConsultationSlotEntity)
      .findOneByOrFail({ id: slotId });
    const academy = await this.academies.require(academyId, manager);
    const cutoff = new Date(
      slot.startsAt.getTime() - academy.consultationChangeCutoffHours * 3_600_000,
    );
    if (this.clock.now() > cutoff) {
      throw new DomainException(
        ErrorCode.CHANGE_CUTOFF_PASSED,
        {},
        { params: { hours: academy.consultationChangeCutoffHours } },
      );
    }
  }
}
