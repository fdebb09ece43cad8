import { DefaultNamingStrategy, Table, type NamingStrategyInterface } from 'typeorm';

const tableName = (tableOrName: Table | string): string =>
  (typeof tableOrName === 'string' ? tableOrName : tableOrName.name).replace(/^.*\./, '');

const snake = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

/**
 * snake_case columns (`applicationDeadline` → `application_deadline`) and embedded
 * prefixes (`title.fi` → `title_fi`). Table names are always given explicitly on entities.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]) {
    const name = customName ?? snake(propertyName);
    return prefixes.length > 0 ? `${prefixes.map(snake).join('_')}_${name}` : name;
  }

  // Constraint and index names say what they are; TypeORM's defaults are hashes.
  override primaryKeyName(tableOrName: Table | string): string {
    return `pk_${tableName(tableOrName)}`;
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return `uq_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return `fk_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override indexName(tableOrName: Table | string, columnNames: string[]): string {
    return `ix_${tableName(tableOrName)}_${columnNames.join('_')}`;
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(firstTableName: string, secondTableName: string): string {
    return snake(`${firstTableName}_${secondTableName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string) {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
}
