import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, Loaders } from '../../common/graphql/loaders.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import type { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import type { ReviewScoreEntity } from './entities/review-score.entity.js';
import type { ReviewEntity } from './entities/review.entity.js';
import { ReviewRubricService } from './review-rubric.service.js';
import { ReviewsService } from './reviews.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** An academy's review rubric in order, by academy id. */
    reviewRubric: DataLoader<string, ReviewCriterionEntity[]>;
    /** A review's scores, by review id. */
    reviewScores: DataLoader<string, ReviewScoreEntity[]>;
    /** Every review of an application (unfiltered: the field filters), by application id. */
    applicationReviews: DataLoader<string, ReviewEntity[]>;
    /** The application a review is about, by application id. */
    reviewedApplication: DataLoader<string, ApplicationRecord | null>;
    /** The organisations a person declared a conflict of interest with, by user id. */
    conflictsOfUser: DataLoader<string, Set<string>>;
  }
}

export type SelectionLoaderSet = Pick<
  Loaders,
  'reviewRubric' | 'reviewScores' | 'applicationReviews' | 'reviewedApplication' | 'conflictsOfUser'
>;

const fromMap =
  <V>(load: (keys: readonly string[]) => Promise<Map<string, V>>, empty: V) =>
  async (keys: readonly string[]): Promise<V[]> => {
    const found = await load(keys);
    return keys.map((key) => found.get(key) ?? empty);
  };

@Injectable()
@ProvidesLoaders()
export class SelectionLoaders implements LoaderFactory {
  constructor(
    private readonly rubric: ReviewRubricService,
    private readonly reviews: ReviewsService,
    private readonly applications: ApplicationRecordsService,
  ) {}

  create(): SelectionLoaderSet {
    return {
      reviewRubric: new DataLoader(
        fromMap((ids) => this.rubric.rubricsOf(ids), [] as ReviewCriterionEntity[]),
      ),
      reviewScores: new DataLoader(
        fromMap((ids) => this.reviews.scoresOf(ids), [] as ReviewScoreEntity[]),
      ),
      applicationReviews: new DataLoader(
        fromMap((ids) => this.reviews.reviewsOfApplications(ids), [] as ReviewEntity[]),
      ),
      reviewedApplication: new DataLoader(async (ids) => {
        const rows = await this.applications.findByIds(ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      conflictsOfUser: new DataLoader(
        fromMap((ids) => this.reviews.conflictsOf(ids), new Set<string>()),
      ),
    };
  }
}
