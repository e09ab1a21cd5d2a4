import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A test-only hold on renders, so that a test can kill the worker while a render is under way
 * without racing it: with `QUORUM_TEST_RENDER_GATE=<dir>` (honoured only when NODE_ENV=test), the
 * worker writes `<dir>/<versionId>.started` and renders once `<dir>/<versionId>.go` exists.
 * Read here rather than in libs/config because it is no setting of the product.
 */
@Injectable()
export class RenderGate {
  private readonly dir: string | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = config.env === 'test' ? process.env.QUORUM_TEST_RENDER_GATE : undefined;
  }

  async pass(versionId: string): Promise<void> {
    if (!this.dir) return;
    writeFileSync(join(this.dir, `${versionId}.started`), '');
    const go = join(this.dir, `${versionId}.go`);
    while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
