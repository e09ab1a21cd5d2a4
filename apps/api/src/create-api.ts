import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, QuietStartupLogger, TrustProxy } from '@quorum/config';
import type { Clock } from '@quorum/db';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { documentAccess, ErrorResponse } from './common/api-errors';
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

  // Built on the first request for /docs or /docs-json rather than at every start (≈ 150 ms of CPU).
  SwaggerModule.setup('docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  // The browser app, once built (npm run build); without it the API serves as before.
  const webDir = findWebBuild();
  if (webDir) await serveWebApp(app, webDir);
  await app.init();
  await fastify.ready();
  return { app, routes };
}

/** The OpenAPI document of every route, with who may call each (the access matrix) and HEAD /health. */
function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = documentAccess(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Quorum API')
        .setDescription(
          'Runs the meetings of a consultative governance body, from convocation to follow-up.\n\n' +
            'Every route but /health, /docs, /auth/login and the public ones (open data, approved public minutes, ' +
            'calendar feeds) needs a bearer token: `Authorization: Bearer <accessToken>` from POST /auth/login.\n\n' +
            'Errors share one shape (ErrorResponse): `{ statusCode, error, code, message, params, details? }`. ' +
            '`code` is stable, for clients to branch on or to translate with `params`, the values its message ' +
            'is made of; `message`, and the `message` of each of `details` (one per bad field: ' +
            '`{ field, code, message, params }`), follow `Accept-Language` (`fr` by default, `en`), as do the ' +
            'texts the API writes itself. 400 malformed, 401 no or bad token, 403 role or mandate, 404 unknown, ' +
            '409 conflict with the current state, 422 a rule of the body broken, 429 too many attempts, ' +
            '503 database unavailable.',
        )
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
      { extraModels: [ErrorResponse] },
    ),
  );
  documentHealthHead(document);
  return document;
}

/** Fastify answers HEAD on every GET route (`exposeHeadRoutes`); monitors probe /health that way. */
function documentHealthHead(document: OpenAPIObject): void {
  const health = document.paths['/health'];
  if (!health?.get) return;
  health.head = {
    ...health.get,
    operationId: 'HealthController_head',
    summary: 'Check health, headers only',
    responses: {
      200: { description: 'PostgreSQL answers (Redis may be degraded); no body' },
      503: { description: 'PostgreSQL is down; no body' },
    },
  };
}

/** Fastify's option for TRUST_PROXY; a hop count becomes the function proxy-addr expects. */
function trustProxyOption(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
