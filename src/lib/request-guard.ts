import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The HTTP side of hostile input: a request whose GraphQL parameters are not
 * what GraphQL over HTTP allows (operationName, query, variables, extensions
 * of the wrong type; GET parameters that are not JSON) is a 400 with a
 * GraphQL error and a code, a body over `maxBodyBytes` is a 413, and every
 * validation error carries a code. Nothing here ever shows a stack or a path.
 */
export interface RequestGuardOptions {
  graphqlEndpoint: string;
  maxBodyBytes: number;
}

function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  code: string,
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

const isObjectOrAbsent = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value));

/** Why GraphQL parameters are malformed, or null when they are fine. */
export function paramsProblem(params: Record<string, unknown>): string | null {
  if (params['query'] !== undefined && typeof params['query'] !== 'string') return '"query" must be a string';
  const name = params['operationName'];
  if (name !== undefined && name !== null && typeof name !== 'string')
    return '"operationName" must be a string or null';
  if (!isObjectOrAbsent(params['variables'])) return '"variables" must be a JSON object';
  if (!isObjectOrAbsent(params['extensions'])) return '"extensions" must be a JSON object';
  return null;
}

class BodyTooLargeError extends GraphQLError {
  constructor(limit: number) {
    super(`Request body exceeds ${limit} bytes`, {
      extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
    });
  }
}

/** A body without Content-Length (chunked), cut off once it passes `limit` bytes. */
function limitedRequest(request: Request, limit: number, fetchAPI: { Request: typeof Request }): Request {
  let bytes = 0;
  const body = request.body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(new BodyTooLargeError(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    // @ts-expect-error: Node's fetch needs it for a streamed body; the DOM typings do not know it.
    duplex: 'half',
  });
}

/**
 * Also the body-size limit Yoga would apply (createYoga's maxRequestBodySize,
 * turned off there): with a valid Content-Length, Node never hands over more
 * than it says, so only a body without one is counted as it streams in.
 */
export function useRequestGuard(options: RequestGuardOptions): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.headers.has('content-length') || request.body == null || requestParser == null) return;
      const parse = requestParser;
      setRequestParser((incoming) => parse(limitedRequest(incoming, options.maxBodyBytes, fetchAPI)));
    },
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== options.graphqlEndpoint) return;
      const header = request.headers.get('content-length');
      if (header !== null && !/^\d+$/.test(header)) {
        endResponse(errorResponse(fetchAPI, 400, 'Content-Length is not a byte count', 'BAD_REQUEST'));
        return;
      }
      const length = Number(header ?? 0);
      if (length > options.maxBodyBytes) {
        endResponse(
          errorResponse(fetchAPI, 413, `Request body exceeds ${options.maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE'),
        );
        return;
      }
      if (request.method !== 'GET') return;
      for (const key of ['variables', 'extensions']) {
        const raw = url.searchParams.get(key);
        if (raw === null || raw === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          endResponse(errorResponse(fetchAPI, 400, `"${key}" is not valid JSON`, 'BAD_REQUEST'));
          return;
        }
        if (!isObjectOrAbsent(parsed)) {
          endResponse(errorResponse(fetchAPI, 400, `"${key}" must be a JSON object`, 'BAD_REQUEST'));
          return;
        }
      }
    },
    onParams({ params, setResult }) {
      const problem = paramsProblem(params as unknown as Record<string, unknown>);
      if (problem)
        setResult({
          errors: [new GraphQLError(problem, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } })],
        });
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length === 0 || result.every((error) => error.extensions?.['code'])) return;
        setResult(
          result.map((error) =>
            error.extensions?.['code']
              ? error
              : new GraphQLError(error.message, {
                  nodes: error.nodes ?? null,
                  extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
                }),
          ),
        );
      };
    },
  };
}
