import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What the health probes ask of the process; the controller only answers HTTP. */
@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  /** True when the database answers a trivial statement. */
  async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
