import { SetMetadata } from '@nestjs/common';
import { GlobalRole } from './global-role.js';

export const POLICY_KEY = 'akatemia:policy';

export type Policy =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: GlobalRole[] };

/**
 * Every query and mutation declares who may call it (a test walks the schema to enforce
 * that). Without a declaration the global guard still denies anonymous callers.
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY_KEY, { kind: 'public' } satisfies Policy);

/** Any signed-in person; finer checks (organisation membership) happen in the service. */
export const SignedIn = (): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies Policy);

/** Signed in and holding at least one of the global roles. */
export const Roles = (...roles: GlobalRole[]): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies Policy);
