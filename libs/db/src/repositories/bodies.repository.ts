import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { BodyEntity } from '../entities/body.entity';
import { columnsOf, entityOf } from './rows';

/** Every query and lock on the `bodies` table. */
export class BodiesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(BodyEntity);
  }

  list(): Promise<BodyEntity[]> {
    return this.table.find({ order: { name: 'ASC' } });
  }

  /** The body, or a 404 naming it. */
  async get(id: string): Promise<BodyEntity> {
    // Hand-written (rows.ts): most reads of a body's pages start here.
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT ${columnsOf(this.manager, BodyEntity, 'b')} FROM bodies b WHERE b.id = $1`,
      [id],
    );
    if (!rows[0]) throw new NotFoundError('body.not_found', id);
    return entityOf(this.manager, BodyEntity, rows[0]);
  }

  /**
   * The body's row FOR UPDATE: every change to a body's composition or schedule holds it, so such
   * changes run one at a time and the rules judge the state as it really is.
   */
  async lock(id: string): Promise<BodyEntity> {
    const body = await this.table.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!body) throw new NotFoundError('body.not_found', id);
    return body;
  }

  exists(id: string): Promise<boolean> {
    return this.table.existsBy({ id });
  }

  create(fields: Omit<BodyEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<BodyEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(body: BodyEntity): Promise<BodyEntity> {
    return this.table.save(body);
  }
}
