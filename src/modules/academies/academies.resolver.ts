import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/policy.decorator.js';
import { AcademiesService } from './academies.service.js';
import { AcademyArgs } from './dto/academy.args.js';
import { AcademyModel } from './models/academy.model.js';

@Resolver(() => AcademyModel)
export class AcademiesResolver {
  constructor(private readonly academiesService: AcademiesService) {}

  @Public()
  @Query(() => [AcademyModel], { description: 'Published academies, newest first.' })
  academies(): Promise<AcademyModel[]> {
    return this.academiesService.listPublic();
  }

  @Public()
  @Query(() => AcademyModel, {
    nullable: true,
    description: 'One published academy by slug; null when there is none.',
  })
  academy(@Args() args: AcademyArgs): Promise<AcademyModel | null> {
    return this.academiesService.findPublicBySlug(args.slug);
  }
}
