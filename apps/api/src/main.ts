import 'reflect-metadata';
import { ConfigError, exitIfShutdownStalls, loadConfig, redactUrl } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await createApi(config);
  const logger = app.get(Logger);
  exitIfShutdownStalls(logger);
  await app.listen({ port: config.http.port, host: config.http.host });
  const url = `http://${config.http.host}:${config.http.port}`;
  logger.log({
    msg: `Quorum API on ${url} (OpenAPI at ${url}/docs), database ${redactUrl(config.database.url)}`,
    url,
    docs: `${url}/docs`,
    database: redactUrl(config.database.url),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
