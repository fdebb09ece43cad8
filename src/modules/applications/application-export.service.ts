import { Injectable } from '@nestjs/common';
import type { Locale } from '../../common/i18n/locale.js';
import { AcademiesService } from '../academies/academies.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { APPLICATIONS_CSV_HEADER, applicationCsvLine } from './application-csv.js';
import { csvLine, type CsvDelimiter } from './csv-cell.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { EligibilityService } from './eligibility.service.js';

export interface CsvFile {
  filename: string;
  content: string;
}

/** The organisers' spreadsheet of an academy's applications, built from batched reads. */
@Injectable()
export class ApplicationExportService {
  constructor(
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly queries: ApplicationQueriesService,
    private readonly eligibility: EligibilityService,
  ) {}

  /**
   * One row per application; UTF-8 with a BOM so Excel shows ä and ö right. `;` for Excel
   * set to Finnish or Swedish, whose list separator is `;` (a comma file opens as one column).
   */
  async applicationsCsv(
    academyId: string,
    locale: Locale,
    delimiter: CsvDelimiter = ',',
  ): Promise<CsvFile> {
    const academy = await this.academies.require(academyId);
    const applications = await this.queries.allOf(academyId);
    const organisations = new Map(
      (
        await this.organisations.findByIds([
          ...new Set(applications.map((application) => application.organisationId)),
        ])
      ).map((organisation) => [organisation.id, organisation]),
    );
    const results = await this.eligibility.evaluateMany(applications, locale);
    const completeness = await this.queries.completenessOf(applications);
    const lines = [
      csvLine(APPLICATIONS_CSV_HEADER, delimiter),
      ...applications.map((application) =>
        applicationCsvLine(
          academy,
          application,
          organisations.get(application.organisationId),
          results.get(application.id) ?? [],
          completeness.get(application.id)?.complete ?? false,
          delimiter,
        ),
      ),
    ];
    return {
      filename: `${academy.slug}-applications.csv`,
      content: `\uFEFF${lines.join('\r\n')}\r\n`,
    };
  }
}
