import type { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * Apollo's plugin type as @nestjs/apollo sees it. Importing it from '@apollo/server'
 * directly yields the package's CommonJS typings, which TypeScript treats as a
 * different type from the ESM ones the driver uses.
 */
export type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];
