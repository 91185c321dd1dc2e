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

export function useRequestGuard(options: RequestGuardOptions): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== options.graphqlEndpoint) return;
      const length = Number(request.headers.get('content-length') ?? 0);
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
