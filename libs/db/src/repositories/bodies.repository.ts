import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { BodyEntity } from '../entities/body.entity';

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
    const body = await this.table.findOneBy({ id });
    if (!body) throw new NotFoundError('body.not_found', id);
    return body;
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
