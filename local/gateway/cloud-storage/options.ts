/** How the gateway's cloud storage is bounded. Every field is optional. */
export interface StorageOptions {
  /** Largest upload in bytes (default 20 MiB). The PUT is streamed and cut off past it. */
  maxUploadBytes?: number;
  /**
   * Caps for uploads under a cloudPath prefix, e.g. `{ 'avatars/': 2 * 1024 * 1024 }`; the longest matching prefix
   * wins over `maxUploadBytes`. Decided when the upload URL is issued and signed into it.
   */
  maxUploadBytesByPrefix?: Record<string, number>;
  /** How long an upload URL (storage.getUploadMetadata) is valid, in seconds (default 600). */
  uploadUrlTtlSeconds?: number;
  /** Validity of a temporary URL when getTempFileURL gives no maxAge, in seconds (default 600). */
  defaultDownloadMaxAgeSeconds?: number;
  /** Longest validity a getTempFileURL maxAge may ask for, in seconds (default 86400, CloudBase's one day). */
  maxDownloadMaxAgeSeconds?: number;
  /** The storage clock in ms (default Date.now); tests move it to expire URLs. Request signatures keep real time. */
  now?: () => number;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** getTempFileURL and deleteFile take at most this many files per call, as CloudBase. */
export const MAX_FILES_PER_CALL = 50;

export interface StorageConfig {
  maxUploadBytes: number;
  prefixes: Array<[string, number]>;
  uploadUrlTtlS: number;
  defaultMaxAgeS: number;
  maxMaxAgeS: number;
  nowS(): number;
}

const nonNegativeInt = (name: string, v: number | undefined, fallback: number): number => {
  if (v === undefined) return fallback;
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`storage.${name} must be a non-negative integer`);
  return v;
};

export function storageConfig(opts: StorageOptions = {}): StorageConfig {
  const now = opts.now ?? Date.now;
  const prefixes = Object.entries(opts.maxUploadBytesByPrefix ?? {}).map(([p, n]): [string, number] => [
    p,
    nonNegativeInt(`maxUploadBytesByPrefix[${p}]`, n, 0),
  ]);
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return {
    maxUploadBytes: nonNegativeInt('maxUploadBytes', opts.maxUploadBytes, DEFAULT_MAX_UPLOAD_BYTES),
    prefixes,
    uploadUrlTtlS: Math.max(1, nonNegativeInt('uploadUrlTtlSeconds', opts.uploadUrlTtlSeconds, 600)),
    defaultMaxAgeS: Math.max(1, nonNegativeInt('defaultDownloadMaxAgeSeconds', opts.defaultDownloadMaxAgeSeconds, 600)),
    maxMaxAgeS: Math.max(1, nonNegativeInt('maxDownloadMaxAgeSeconds', opts.maxDownloadMaxAgeSeconds, 86_400)),
    nowS: () => Math.floor(now() / 1000),
  };
}

/** The size cap for an upload to `cloudPath`. */
export function maxBytesFor(config: StorageConfig, cloudPath: string): number {
  return config.prefixes.find(([p]) => cloudPath.startsWith(p))?.[1] ?? config.maxUploadBytes;
}
