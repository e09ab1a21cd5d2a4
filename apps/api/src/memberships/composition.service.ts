import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BodyEntity, MembershipEntity } from '@quorum/db';
import { compositionOn, NotFoundError } from '@quorum/domain';
import { DataSource } from 'typeorm';
import { today } from '../common/today';
import { CompositionResponse, toCompositionResponse } from './dto/composition.response';

@Injectable()
export class CompositionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Who sits on the body on `date` (today by default); past mandates count towards renewals. */
  async compositionOn(bodyId: string, date = today()): Promise<CompositionResponse> {
    const body = await this.dataSource.getRepository(BodyEntity).findOneBy({ id: bodyId });
    if (!body) throw new NotFoundError('Body', bodyId);
    const mandates = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { bodyId }, relations: { person: true } });
    const people = mandates.map((m) => m.person!);
    return toCompositionResponse(bodyId, compositionOn(date, body, mandates, people));
  }
}
