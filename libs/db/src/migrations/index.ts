import { CreateUsersBodiesAudit1795602921250 } from './1795602921250-CreateUsersBodiesAudit';
import { SeedGramBody1795602921251 } from './1795602921251-SeedGramBody';

/** Every migration, in order; `npm run migration:generate` writes a file, which is then added here. */
export const MIGRATIONS: Function[] = [CreateUsersBodiesAudit1795602921250, SeedGramBody1795602921251];
