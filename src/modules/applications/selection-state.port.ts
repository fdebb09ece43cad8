import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What applications needs to know of the selection: answered by the selection feature. */
export interface SelectionState {
  /** The academy's decisions have been released. */
  isReleased(academyId: string, manager: EntityManager): Promise<boolean>;
}

/**
 * Once an academy's decisions are released, a deadline extension would let an application
 * in that can never get a decision; `grantDeadlineExtension` asks here. Selection builds on
 * applications, so it registers its answer at start-up (as with `ConsultationBookingPort`).
 * Unregistered, nothing is released.
 */
@Injectable()
export class SelectionStatePort implements SelectionState {
  private state: SelectionState | null = null;

  register(state: SelectionState): void {
    this.state = state;
  }

  isReleased(academyId: string, manager: EntityManager): Promise<boolean> {
    return this.state ? this.state.isReleased(academyId, manager) : Promise.resolve(false);
  }
}
