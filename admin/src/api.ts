import type { TypedDocumentString } from './gql/graphql';
import { session } from './session';

/** An error the API returned: its message, code and (for bad input) the field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
  ) {
    super(message);
  }
}

interface Response<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

function headers(): Record<string, string> {
  const token = session.token();
  return { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** Every call goes through the public GraphQL API with the admin's token. */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as Response<T>;
  const error = body.errors?.[0];
  if (error) {
    if (error.extensions?.code === 'UNAUTHENTICATED') session.clear();
    throw new ApiError(error.message, error.extensions?.code, error.extensions?.field);
  }
  return body.data as T;
}

/** A subscription over SSE; returns the function that ends it. */
export function subscribe<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  onData: (data: T) => void,
  onError: (error: Error) => void,
): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { ...headers(), accept: 'text/event-stream' },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: controller.signal,
      });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('');
          buffer = buffer.slice(end + 2);
          if (data) {
            const message = JSON.parse(data) as Response<T>;
            if (message.errors?.[0])
              onError(new ApiError(message.errors[0].message, message.errors[0].extensions?.code, undefined));
            else if (message.data) onData(message.data);
          }
          end = buffer.indexOf('\n\n');
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) onError(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return () => controller.abort();
}

/** Downloads a finished export (its URL needs the Authorization header, so a plain link would not do). */
export async function download(url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { headers: headers() });
  if (!response.ok) throw new ApiError(`Download failed (${response.status})`, undefined, undefined);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
