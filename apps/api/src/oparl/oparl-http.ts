import { createHash } from 'node:crypto';
import { ValidationError } from '@quorum/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OparlObject } from './oparl-objects';

/** OParl pages are small and numbered from 1 (`?page=`), with first/prev/next/last links. */
export const OPARL_PAGE_SIZE = 20;

/**
 * The base URL every id is built on: the configured public address (`PUBLIC_URL`), never the
 * request's Host, which a client chooses and a shared cache would then serve to everyone.
 */
export function oparlBase(publicUrl: string): string {
  return `${publicUrl}/oparl/v1`;
}

/**
 * One page of an OParl list: `data`, `pagination` and `links` as OParl 1.1 (§ Paginierung) has them.
 * The links are the request's path and query under `publicUrl` (which may have a path of its own).
 */
export function oparlPage(
  publicUrl: string,
  request: FastifyRequest,
  all: readonly OparlObject[],
  pageParam: string | undefined,
) {
  const page = pageParam === undefined ? 1 : /^\d{1,6}$/.test(pageParam) ? Number(pageParam) : 0;
  const totalPages = Math.max(1, Math.ceil(all.length / OPARL_PAGE_SIZE));
  if (page < 1 || page > totalPages) {
    throw new ValidationError('validation.whole_number_range', { field: 'page', min: 1, max: totalPages }, ['page']);
  }
  const url = new URL(`${publicUrl}${request.url}`);
  const at = (n: number) => {
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  return {
    data: all.slice((page - 1) * OPARL_PAGE_SIZE, page * OPARL_PAGE_SIZE),
    pagination: { totalElements: all.length, elementsPerPage: OPARL_PAGE_SIZE, currentPage: page, totalPages },
    links: {
      first: at(1),
      ...(page > 1 ? { prev: at(page - 1) } : {}),
      self: at(page),
      ...(page < totalPages ? { next: at(page + 1) } : {}),
      last: at(totalPages),
    },
  };
}

/**
 * Public answers are cacheable for a minute and carry a strong ETag of their content; a client
 * holding the same ETag gets 304 with no body.
 */
export function cacheable<T>(request: FastifyRequest, reply: FastifyReply, payload: T): T | undefined {
  const etag = `"${createHash('sha256').update(JSON.stringify(payload)).digest('base64url').slice(0, 32)}"`;
  void reply.header('cache-control', 'public, max-age=60').header('etag', etag);
  const asked = request.headers['if-none-match'];
  if (asked && asked.split(',').some((tag) => tag.trim() === etag)) {
    void reply.status(304);
    return undefined;
  }
  return payload;
}
