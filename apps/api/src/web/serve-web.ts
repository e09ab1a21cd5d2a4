import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The browser app lives under /app: the API's own routes sit at the root (/meetings, /bodies…),
 * so client routes get a prefix of their own and can never shadow or be shadowed by them.
 */
export const WEB_PREFIX = '/app';

/** Whether a route belongs to the web app rather than to a controller (kept out of the access matrix). */
export function isWebRoute(url: string): boolean {
  return url === '/' || url === WEB_PREFIX || url.startsWith(`${WEB_PREFIX}/`);
}

/** dist/web next to the built API (dist/apps/api/src), or under the repository when run from source. */
export function findWebBuild(): string | undefined {
  const root = resolve(__dirname, '../../../..');
  return [join(root, 'web'), join(root, 'dist/web')].find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * Serves the built app: hashed assets pre-compressed (br, gzip) and cached for a year, and
 * index.html (never cached, so a deployment is picked up at once) for every other path under /app.
 */
export async function serveWebApp(app: NestFastifyApplication, webDir: string): Promise<void> {
  const indexHtml = readFileSync(join(webDir, 'index.html'));
  await app.register(fastifyStatic, {
    root: join(webDir, 'assets'),
    prefix: `${WEB_PREFIX}/assets/`,
    preCompressed: true,
    immutable: true,
    maxAge: '365d',
    decorateReply: false,
    index: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (_request, reply) => reply.redirect(`${WEB_PREFIX}/`, 302));
  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  fastify.get(WEB_PREFIX, sendIndex);
  fastify.get(`${WEB_PREFIX}/*`, sendIndex);
}
