import { Injectable } from '@nestjs/common';

/** Who else may read a consultation's notes: answered by the selection feature. */
export interface ConsultationNoteReaders {
  /** Of these applications, those the user is assigned to review. */
  assignedAmong(userId: string, applicationIds: readonly string[]): Promise<Set<string>>;
}

/**
 * The expert's notes are read by the slot's expert and admins, and — so the key-person
 * interview sits beside the review — by the experts assigned to review that application.
 * Selection builds on consultations, so it registers its answer here at start-up (as with
 * `ConsultationBookingPort`). Unregistered, nobody extra reads the notes.
 */
@Injectable()
export class ConsultationNoteReadersPort implements ConsultationNoteReaders {
  private readers: ConsultationNoteReaders | null = null;

  register(readers: ConsultationNoteReaders): void {
    this.readers = readers;
  }

  assignedAmong(userId: string, applicationIds: readonly string[]): Promise<Set<string>> {
    if (!this.readers || applicationIds.length === 0) return Promise.resolve(new Set());
    return this.readers.assignedAmong(userId, applicationIds);
  }
}
