import { PageLinks } from '../common/pagination';
import { Module } from '@nestjs/common';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

@Module({
  controllers: [RecommendationsController],
  providers: [PageLinks, RecommendationsService],
})
export class RecommendationsModule {}
