import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { RedisProbe } from './redis.probe';

/**
 * PostgreSQL is vital (down → 503). Redis and the queues are reported as `degraded` when absent:
 * the API still serves without it.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisProbe,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Check health' })
  @HealthCheck()
  @ApiOkResponse({ description: 'status ok, or degraded when Redis is down; 503 when PostgreSQL is down' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.runChecks();
    } catch (error) {
      // The full report, not the generic error shape: whoever reads /health wants to know what is down.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private runChecks(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database').withTimeout(2_000),
      async () => {
        const redis = this.indicators.check('redis');
        try {
          await this.redis.ping();
          return redis.up();
        } catch (error) {
          return redis.degraded({ message: `Redis is down: ${(error as Error).message}` });
        }
      },
      async () => {
        const queues = this.indicators.check('queues');
        try {
          return queues.up({ counts: await this.redis.queueCounts() });
        } catch {
          return queues.degraded({ message: 'Queue state is unknown while Redis is down' });
        }
      },
    ]);
  }
}
