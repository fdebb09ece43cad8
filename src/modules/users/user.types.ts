// The person record other features receive from UsersService (they never import the entity).
export type { UserEntity as UserRecord } from './entities/user.entity.js';
