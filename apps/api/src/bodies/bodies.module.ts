import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships/memberships.module';
import { BodiesController } from './bodies.controller';
import { BodiesService } from './bodies.service';

@Module({
  imports: [MembershipsModule],
  controllers: [BodiesController],
  providers: [BodiesService],
  exports: [BodiesService],
})
export class BodiesModule {}
