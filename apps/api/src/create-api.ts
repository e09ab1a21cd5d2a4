import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, QuietStartupLogger, TrustProxy } from '@quorum/config';
import type { Clock } from '@quorum/db';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { requestIdOf } from './common/request-id';
import { RequestValidationPipe } from './common/validation.pipe';
import { findWebBuild, isWebRoute, serveWebApp } from './web/serve-web';

/** The routes Fastify registered, as `METHOD /path`: the access-matrix test compares them to the matrix. */
export type RouteList = string[];

/** Builds the API exactly as production runs it; tests call this too, with their own config (and clock). */
export async function createApi(
  config: AppConfig,
  options: { clock?: Clock } = {},
): Promise<{ app: NestFastifyApplication; routes: RouteList }> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1_048_576,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: anyone else could rotate it.
    trustProxy: trustProxyOption(config.trustProxy),
    // A client's x-request-id lands in our logs and headers: kept only when it is a short safe token.
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => requestIdOf(request.headers['x-request-id']),
  });
  const routes: RouteList = [];
  const fastify = adapter.getInstance();
  // JSON only: a text body is a 415, not a string that validation would misread.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRoute', (route) => {
    if (isWebRoute(route.url)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  // The request id of the logs (pino-http sets raw.id) goes back to the client, to quote in a report.
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', (request.raw as { id?: unknown }).id ?? request.id);
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    bufferLogs: true,
  });
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  // Multipart bodies (document uploads) are streamed by the route that takes them, never buffered here;
  // each route sets its own limits (documents: DOCUMENT_MAX_BYTES).
  await app.register(fastifyMultipart, { limits: { files: 1, parts: 8 } });
  app.useGlobalFilters(new HttpErrorFilter());
  app.useGlobalPipes(new RequestValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Quorum API')
      .setDescription(
        'Runs the meetings of a consultative governance body, from convocation to follow-up. ' +
          'Errors share one shape: { statusCode, error, message, details? }.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  // The browser app, once built (npm run build); without it the API serves as before.
  const webDir = findWebBuild();
  if (webDir) await serveWebApp(app, webDir);
  await app.init();
  await fastify.ready();
  return { app, routes };
}

/** Fastify's option for TRUST_PROXY; a hop count becomes the function proxy-addr expects. */
function trustProxyOption(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
