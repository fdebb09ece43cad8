import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import { AssignmentCompletionEntity } from './entities/assignment-completion.entity.js';
import { EventAssignmentEntity } from './entities/event-assignment.entity.js';
import { EventMaterialEntity } from './entities/event-material.entity.js';
import { EventOutcomeEntity } from './entities/event-outcome.entity.js';

const EMPTY_TEXT: LocalizedText = { fi: '', sv: null, en: null };

export interface CompletionSeed {
  organisationId: string;
  answer: string | null;
  link: string | null;
  doneById: string;
  doneAt: Date;
}

/** One event's workshop content as it was published and done (the demo seed's history). */
export interface WorkshopContentSeed {
  materials: Array<{ title: LocalizedText; body?: LocalizedText; url: string | null }>;
  assignments: Array<{
    title: LocalizedText;
    instructions: LocalizedText;
    dueAt: Date;
    completions: CompletionSeed[];
  }>;
  outcomes: Array<{ title: LocalizedText; body: LocalizedText; links: string[] }>;
}

/**
 * Writes an event's materials, assignments with the organisations' marks, and recorded
 * outcomes for the demo seed (the demo feature never writes these tables itself). No audit
 * entries: nobody did this through the application.
 */
@Injectable()
export class WorkshopSeedService {
  /** False, and nothing written, when the event already has any workshop content. */
  async seedIfAbsent(
    manager: EntityManager,
    eventId: string,
    content: WorkshopContentSeed,
  ): Promise<boolean> {
    const materials = manager.getRepository(EventMaterialEntity);
    const assignments = manager.getRepository(EventAssignmentEntity);
    const outcomes = manager.getRepository(EventOutcomeEntity);
    const present = await Promise.all([
      materials.existsBy({ eventId }),
      assignments.existsBy({ eventId }),
      outcomes.existsBy({ eventId }),
    ]);
    if (present.some(Boolean)) return false;
    await materials.save(
      content.materials.map((material, position) =>
        materials.create({ eventId, ...material, body: material.body ?? EMPTY_TEXT, position }),
      ),
    );
    await outcomes.save(
      content.outcomes.map((outcome, position) =>
        outcomes.create({ eventId, ...outcome, position }),
      ),
    );
    const completions = manager.getRepository(AssignmentCompletionEntity);
    for (const { completions: done, ...assignment } of content.assignments) {
      const saved = await assignments.save(assignments.create({ eventId, ...assignment }));
      await completions.save(
        done.map((completion) => completions.create({ assignmentId: saved.id, ...completion })),
      );
    }
    return true;
  }
}
