import type { Finding } from './api-types';

/**
 * A failed API call. `code` is the server's stable error code (or NETWORK when the server could
 * not be reached); the pane chooses its text from the code, never from `message`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly findings: Finding[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
}

/**
 * A fetch client for the API on the pane's own origin. It sends the bearer token with every
 * call: Excel on the web blocks third-party cookies, so a session cookie would not survive.
 */
export function createApiClient(getToken: () => string | null, baseUrl = ''): ApiClient {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const token = getToken();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, 'NETWORK', String(error));
    }
    if (response.status === 204) return undefined as T;
    const json = (await response.json().catch(() => null)) as unknown;
    if (!response.ok) throw errorOf(response.status, json);
    return json as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
  };
}

interface ErrorBody {
  error?: { code?: string; message?: string };
  findings?: Finding[];
}

function errorOf(status: number, json: unknown): ApiError {
  const body = (json ?? {}) as ErrorBody;
  const code = body.error?.code ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  return new ApiError(status, code, body.error?.message ?? `HTTP ${status}`, body.findings ?? []);
}
