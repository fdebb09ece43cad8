import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, Loaders } from '../../common/graphql/loaders.js';
import { createDecisionOfApplicationLoader } from './loaders/decision-of-application.loader.js';
import type { ApplicationDecisionModel } from './models/application-decision.model.js';
import { SelectionDecisionsService } from './selection-decisions.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** An application's decision (staged or released), by application id; visibility is the resolver's. */
    decisionOfApplication: DataLoader<string, ApplicationDecisionModel | null>;
  }
}

@Injectable()
@ProvidesLoaders()
export class SelectionDecisionLoaders implements LoaderFactory {
  constructor(private readonly decisions: SelectionDecisionsService) {}

  create(): Pick<Loaders, 'decisionOfApplication'> {
    return { decisionOfApplication: createDecisionOfApplicationLoader(this.decisions) };
  }
}
