import DataLoader from 'dataloader';
import { zoned, type ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';
import type { AcademiesService } from '../../academies/academies.service.js';
import { laterDeadline, type DeadlineExtensionsService } from '../deadline-extensions.service.js';
import type { ApplicationEntity } from '../entities/application.entity.js';

/**
 * `Application.deadline`: the academies and the extensions of a request's applications,
 * one query each.
 */
export function createApplicationDeadlineLoader(deps: {
  academies: AcademiesService;
  deadlines: DeadlineExtensionsService;
}): DataLoader<ApplicationEntity, ZonedDateTimeModel, string> {
  return new DataLoader(
    async (applications) => {
      const academyIds = [...new Set(applications.map((item) => item.academyId))];
      const academies = new Map(
        (await deps.academies.findByIds(academyIds)).map((academy) => [academy.id, academy]),
      );
      const extensions = await deps.deadlines.extensionsOf(applications.map((item) => item.id));
      return applications.map((application) => {
        const academy = academies.get(application.academyId);
        if (!academy) return new Error(`academy ${application.academyId} not found`);
        const until = extensions.get(application.id);
        return zoned(laterDeadline(academy, 'applicationDeadline', until), academy.timeZone);
      });
    },
    { cacheKeyFn: (application) => application.id },
  );
}
