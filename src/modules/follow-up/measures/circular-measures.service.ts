import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { DomainException, notFound } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { toLocalizedText } from '../../../common/i18n/localized-text.input.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { CircularMeasureEntity } from '../entities/circular-measure.entity.js';
import { CIRCULAR_MEASURE_DEFAULTS } from './circular-measure-defaults.js';
import type {
  AddCircularMeasureInput,
  UpdateCircularMeasureInput,
} from './circular-measure.input.js';

const EMPTY_TEXT = { fi: '', sv: null, en: null };

const isKeyTaken = (error: unknown): boolean =>
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'uq_circular_measures_academy_key';

const snapshot = (measure: CircularMeasureEntity): Record<string, unknown> => ({
  academyId: measure.academyId,
  key: measure.key,
  label: measure.label,
  description: measure.description,
  takesCriterionText: measure.takesCriterionText,
  position: measure.position,
});

/** Each academy's catalogue of circular-economy measures: admins manage it; it is data, not code. */
@Injectable()
export class CircularMeasuresService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(CircularMeasureEntity)
    private readonly measures: Repository<CircularMeasureEntity>,
    private readonly academies: AcademiesService,
    private readonly audit: AuditService,
  ) {}

  /** The academy's catalogue in its order; NOT_FOUND for an unknown academy. */
  async catalogue(academyId: string): Promise<CircularMeasureEntity[]> {
    await this.academies.require(academyId);
    return this.measures.find({ where: { academyId }, order: { position: 'ASC', key: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<CircularMeasureEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.measures.findBy({ id: In([...ids]) });
  }

  /** The measure if it is in the academy's catalogue, else MEASURE_NOT_IN_CATALOGUE naming `field`. */
  async requireInCatalogue(
    academyId: string,
    measureId: string,
    field: string,
    manager: EntityManager,
  ): Promise<CircularMeasureEntity> {
    const measure = await manager
      .getRepository(CircularMeasureEntity)
      .findOneBy({ id: measureId, academyId });
    if (!measure) throw new DomainException(ErrorCode.MEASURE_NOT_IN_CATALOGUE, { field });
    return measure;
  }

  add(principal: Principal, input: AddCircularMeasureInput): Promise<CircularMeasureEntity> {
    return this.transactions.run(async (manager) => {
      await this.academies.require(input.academyId, manager);
      const repository = manager.getRepository(CircularMeasureEntity);
      if (await repository.existsBy({ academyId: input.academyId, key: input.key }))
        throw new DomainException(ErrorCode.MEASURE_KEY_TAKEN, { field: 'input.key' });
      const last = await repository.findOne({
        where: { academyId: input.academyId },
        order: { position: 'DESC' },
        select: { id: true, position: true },
      });
      const measure = await repository
        .save(
          repository.create({
            academyId: input.academyId,
            key: input.key,
            label: toLocalizedText(input.label),
            description: input.description ? toLocalizedText(input.description) : EMPTY_TEXT,
            takesCriterionText: input.takesCriterionText ?? false,
            position: (last?.position ?? -1) + 1,
          }),
        )
        .catch((error: unknown) => {
          // Two admins adding the same key at once: the unique constraint decides.
          if (isKeyTaken(error))
            throw new DomainException(ErrorCode.MEASURE_KEY_TAKEN, { field: 'input.key' });
          throw error;
        });
      await this.record(manager, principal.user.id, 'circular_measure.added', measure, null);
      return measure;
    });
  }

  update(principal: Principal, input: UpdateCircularMeasureInput): Promise<CircularMeasureEntity> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(CircularMeasureEntity);
      const measure = await repository.findOne({
        where: { id: input.measureId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!measure) throw notFound();
      const before = snapshot(measure);
      if (input.label) measure.label = toLocalizedText(input.label);
      if (input.description) measure.description = toLocalizedText(input.description);
      if (input.takesCriterionText !== undefined && input.takesCriterionText !== null)
        measure.takesCriterionText = input.takesCriterionText;
      if (input.position !== undefined && input.position !== null)
        measure.position = input.position;
      const saved = await repository.save(measure);
      await this.record(manager, principal.user.id, 'circular_measure.updated', saved, before);
      return saved;
    });
  }

  /**
   * Gives the academy the reference catalogue (seed 003's benefits list, fi/sv/en) in the
   * caller's transaction; measures it already has (by key) are left as they are, so seeding
   * twice changes nothing. Answers how many were added. For the demo and for admins' set-up.
   */
  async seedDefaults(manager: EntityManager, academyId: string): Promise<number> {
    const result = await manager
      .getRepository(CircularMeasureEntity)
      .createQueryBuilder()
      .insert()
      .values(
        CIRCULAR_MEASURE_DEFAULTS.map((measure, position) => ({
          academyId,
          key: measure.key,
          label: measure.label,
          description: measure.description,
          takesCriterionText: measure.takesCriterionText,
          position,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    const added = (result.raw as Array<{ id: string }>).length;
    if (added > 0)
      await this.audit.record(manager, {
        actorId: null,
        action: 'circular_measure.seeded',
        entityType: 'academy',
        entityId: academyId,
        before: null,
        after: { added },
      });
    return added;
  }

  private record(
    manager: EntityManager,
    actorId: string,
    action: string,
    measure: CircularMeasureEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action,
      entityType: 'circular_measure',
      entityId: measure.id,
      before,
      after: snapshot(measure),
    });
  }
}
