import { PageLinks } from '../common/pagination';
import { Module } from '@nestjs/common';
import { CompositionController } from './composition.controller';
import { CompositionService } from './composition.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';

@Module({
  controllers: [MembershipsController, CompositionController],
  providers: [PageLinks, MembershipsService, CompositionService],
})
export class MembershipsModule {}
