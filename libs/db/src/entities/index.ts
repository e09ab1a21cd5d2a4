import { AuditEventEntity } from './audit-event.entity';
import { BodyEntity } from './body.entity';
import { MembershipEntity } from './membership.entity';
import { PersonEntity } from './person.entity';
import { UserEntity } from './user.entity';

export { AuditEventEntity, BodyEntity, MembershipEntity, PersonEntity, UserEntity };

/** Every entity the data source knows; a new entity is added here. */
export const ENTITIES = [UserEntity, BodyEntity, AuditEventEntity, PersonEntity, MembershipEntity];
