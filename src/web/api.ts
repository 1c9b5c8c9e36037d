/**
 * The console's calls to the API. The session cookie goes along by itself (same origin); every
 * state change carries the session's CSRF token in X-CSRF-Token.
 */
export interface SessionInfo {
  role: string;
  tenant: string;
  label: string;
  csrf_token: string;
  expires_at: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrf = '';
export const setCsrf = (token: string): void => {
  csrf = token;
};

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (!res.ok)
    throw new ApiError(res.status, data.error?.code ?? 'ERROR', data.error?.message ?? res.statusText);
  return data as T;
}

/** A multipart upload with progress (fetch has no upload progress; XMLHttpRequest does). */
export function uploadCall(form: FormData, onProgress: (fraction: number) => void): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/v1/calls');
    xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const data = xhr.response as { id?: string; error?: { code: string; message: string } } | null;
      if (xhr.status === 202 && data?.id) resolve({ id: data.id });
      else
        reject(
          new ApiError(xhr.status, data?.error?.code ?? 'ERROR', data?.error?.message ?? 'upload failed'),
        );
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error'));
    xhr.send(form);
  });
}

export interface CallSummary {
  id: string;
  state: 'queued' | 'active' | 'completed' | 'failed';
  counts: Record<string, number> | null;
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface ViewWord {
  /** the (first) original word's index: corrections name words by it */
  index: number;
  text: string;
  start: number | null;
  end: number | null;
  speaker: string | null;
  redaction?: { type: string; operator: string; score: number; detector: string; low_score: boolean };
}

export interface CallView {
  id: string;
  version: number;
  latest_version: number;
  approval: { version: number; approved_by: string; approved_at: string } | null;
  duration: number | null;
  timing: string;
  counts: Record<string, number>;
  spans: { start: number; end: number }[];
  words: ViewWord[];
  expires_at?: string;
}

export interface Share {
  id: string;
  version: number;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  openings: number;
}

export interface VersionInfo {
  version: number;
  state: 'rendering' | 'ready' | 'failed';
  created_by: string;
  created_at: string;
  corrections: number;
  failure: string | null;
  approval: { approved_by: string; approved_at: string } | null;
}
