import { ROLES } from '@quorum/domain';
import { ACCESS_MATRIX, PUBLIC } from '../../apps/api/src/auth/access-matrix';
import { startTestApp, TestApp } from '../harness/test-app';

type Schema = Record<string, any>;
interface Operation {
  name: string;
  route: string;
  operation: Schema;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';

/** Every operation of the document, named as the access matrix names its route. */
function operationsOf(document: Schema): Operation[] {
  return Object.entries(document.paths as Record<string, Schema>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      name: `${method.toUpperCase()} ${path}`,
      route: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      operation: item[method],
    })),
  );
}

/** Where a schema, or one nested in it, is a bare `object` that tells a client nothing of its shape. */
function bareObjects(schema: Schema | undefined, where: string): string[] {
  if (!schema || typeof schema !== 'object' || schema.$ref) return [];
  const own =
    (schema.type === 'object' || (schema.type === undefined && !schema.enum)) &&
    !schema.properties &&
    !schema.additionalProperties &&
    !schema.allOf &&
    !schema.oneOf &&
    !schema.anyOf
      ? [where]
      : [];
  return [
    ...own,
    ...Object.entries((schema.properties ?? {}) as Record<string, Schema>).flatMap(([name, property]) =>
      bareObjects(property, `${where}.${name}`),
    ),
    ...bareObjects(schema.items, `${where}[]`),
    ...(typeof schema.additionalProperties === 'object' ? bareObjects(schema.additionalProperties, `${where}{}`) : []),
    ...[...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap((s: Schema) =>
      bareObjects(s, where),
    ),
  ];
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Schema;
  let operations: Operation[];
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/docs-json')).body;
    operations = operationsOf(document);
  });
  afterAll(() => t.close());

  const missing = (check: (o: Operation) => boolean) => operations.filter((o) => !check(o)).map((o) => o.name);

  it('gives every operation a short summary', () => {
    expect(operations.length).toBeGreaterThan(90);
    expect(missing((o) => typeof o.operation.summary === 'string' && o.operation.summary.trim().length > 0)).toEqual(
      [],
    );
    expect(missing((o) => o.operation.summary.length <= 60 && !o.operation.summary.endsWith('.'))).toEqual([]);
  });

  it('documents 401 on every route that needs a token, as the access matrix declares it, and 403 where a role is refused', () => {
    expect(missing((o) => ACCESS_MATRIX[o.route] !== undefined)).toEqual([]);
    const needsToken = (o: Operation) => ACCESS_MATRIX[o.route] !== PUBLIC;
    expect(needsToken({ route: 'GET /health' } as Operation)).toBe(false);
    expect(missing((o) => !needsToken(o) || o.operation.responses['401'] !== undefined)).toEqual([]);
    expect(missing((o) => needsToken(o) === (o.operation.security?.[0]?.bearer !== undefined))).toEqual([]);
    const someRolesRefused = (o: Operation) => needsToken(o) && ACCESS_MATRIX[o.route].length < ROLES.length;
    expect(missing((o) => !someRolesRefused(o) || o.operation.responses['403'] !== undefined)).toEqual([]);
  });

  it('documents 400 on every operation that takes a body or path parameters, and 404 where the path names a record', () => {
    // Any text may be a calendar feed's secret: an unknown one is a 404, never a 400.
    const pathParameters = (o: Operation) =>
      (o.operation.parameters ?? []).filter((p: Schema) => p.in === 'path' && p.name !== 'feedToken');
    const takesInput = (o: Operation) => o.operation.requestBody !== undefined || pathParameters(o).length > 0;
    expect(missing((o) => !takesInput(o) || o.operation.responses['400'] !== undefined)).toEqual([]);
    const namesRecord = (o: Operation) => (o.operation.parameters ?? []).some((p: Schema) => p.in === 'path');
    expect(missing((o) => !namesRecord(o) || o.operation.responses['404'] !== undefined)).toEqual([]);
  });

  it('describes every error response with the error shape, whose code lists the catalogue', () => {
    const offenders = operations.flatMap((o) =>
      Object.entries(o.operation.responses as Record<string, Schema>)
        .filter(([status]) => /^4\d\d$/.test(status))
        .filter(([, response]) => response.content?.['application/json']?.schema?.$ref !== ERROR_SCHEMA)
        .map(([status]) => `${o.name} ${status}`),
    );
    expect(offenders).toEqual([]);
    const errorSchema = document.components.schemas.ErrorResponse;
    expect(errorSchema.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'code', 'message']));
    const codes = document.components.schemas.ErrorCode?.enum ?? errorSchema.properties.code.enum;
    expect(codes).toEqual(expect.arrayContaining(['validation.failed', 'auth.token_required', 'meeting.not_found']));
    expect(document.info.description).toMatch(/Accept-Language/);
    expect(document.info.description).toMatch(/code/);
  });

  it('types every property: no bare object, dates as dates', () => {
    const schemas = document.components.schemas as Record<string, Schema>;
    const inline = operations.flatMap((o) => [
      ...bareObjects(o.operation.requestBody?.content?.['application/json']?.schema, `${o.name} body`),
      ...Object.entries((o.operation.responses ?? {}) as Record<string, Schema>).flatMap(([status, r]) =>
        bareObjects(r.content?.['application/json']?.schema, `${o.name} ${status}`),
      ),
    ]);
    const offenders = [...Object.entries(schemas).flatMap(([name, s]) => bareObjects(s, name)), ...inline];
    expect(offenders).toEqual([]);
    expect(schemas.CreateMembershipDto.properties.endDate).toMatchObject({ type: 'string', format: 'date' });
    expect(schemas.MeetingResponse.properties.startsAt).toMatchObject({ type: 'string', format: 'date-time' });
    // A property named like a date or an instant says which it is.
    const undated = Object.entries(schemas).flatMap(([name, s]) =>
      Object.entries((s.properties ?? {}) as Record<string, Schema>)
        .filter(([property, p]) => /(At|Date)$|^(at|date)$/.test(property) && p.type === 'string' && !p.format)
        .map(([property]) => `${name}.${property}`),
    );
    expect(undated).toEqual([]);
  });

  it('answers HEAD /health with 200 and no body, and documents it', async () => {
    const head = await t.http.request('HEAD', '/health');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(document.paths['/health'].head.summary).toBeTruthy();
  });
});
