import { registerEnumType } from '@nestjs/graphql';
import {
  BoardRanking,
  ReviewRecommendation,
  ReviewStatus,
  SelectionOutcome,
} from '../selection.enums.js';

// The selection enums in GraphQL, registered once here for every selection type that uses them.
registerEnumType(BoardRanking, {
  name: 'BoardRanking',
  description: 'The aggregate of the submitted reviews that the selection board ranks by.',
});
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'ASSIGNED → DRAFT (saved) → SUBMITTED (locked).',
});
registerEnumType(ReviewRecommendation, { name: 'ReviewRecommendation' });
registerEnumType(SelectionOutcome, { name: 'SelectionOutcome' });
