import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { SelectionBoardArgs } from './dto/selection-board.args.js';
import { SelectionBoardModel } from './models/selection-board.model.js';
import { SelectionBoardService } from './selection-board.service.js';

@Resolver(() => SelectionBoardModel)
export class SelectionBoardResolver {
  constructor(private readonly boards: SelectionBoardService) {}

  // The programme manager's alone: experts review, they do not see the ranking or decisions.
  @Roles(GlobalRole.ADMIN)
  @Query(() => SelectionBoardModel, {
    description:
      'Submitted applications ranked by their reviews (ADMIN): aggregates, flags, staged decisions and the cohort’s balance.',
  })
  async selectionBoard(
    @Args() args: SelectionBoardArgs,
    @Context() context: GraphqlContext,
  ): Promise<SelectionBoardModel> {
    const board = await this.boards.board(args.academyId, args.rankBy, context.locale);
    return { ...board, academyId: board.academy.id };
  }
}
