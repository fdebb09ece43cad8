import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What the entities want that the migrated schema lacks — TypeORM's own comparison, the
 * same one `migration:generate` uses. Empty means entities and migrations agree.
 */
export async function diffEntitiesAgainstSchema(dataSource: DataSource): Promise<SchemaDiff> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  const render = (query: { query: string; parameters?: unknown[] }): string =>
    query.parameters && query.parameters.length > 0
      ? `${query.query} -- parameters: ${JSON.stringify(query.parameters)}`
      : query.query;
  return {
    up: sqlInMemory.upQueries.map(render),
    down: sqlInMemory.downQueries.map(render).reverse(),
  };
}
