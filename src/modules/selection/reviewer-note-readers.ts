import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConsultationNoteReadersPort } from '../consultations/consultation-note-readers.port.js';
import { ReviewsService } from './reviews.service.js';

/** Tells consultations which experts review which application (they may read its notes). */
@Injectable()
export class ReviewerNoteReaders implements OnModuleInit {
  constructor(
    private readonly port: ConsultationNoteReadersPort,
    private readonly reviews: ReviewsService,
  ) {}

  onModuleInit(): void {
    this.port.register({
      assignedAmong: (userId, applicationIds) => this.reviews.assignedAmong(userId, applicationIds),
    });
  }
}
