import 'reflect-metadata';
import { ConfigError, loadConfig } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await createApi(config);
  await app.listen({ port: config.http.port, host: config.http.host });
  app.get(Logger).log(`Quorum API on http://${config.http.host}:${config.http.port} (OpenAPI at /docs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
