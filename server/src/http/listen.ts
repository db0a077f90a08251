import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

import type { Express } from 'express';

import { BadRequestError } from '../errors';

export interface ListenOptions {
  port: number;
  host: string;
  /** PEM files; Excel sideloads add-ins only from HTTPS origins. */
  certFile?: string;
  keyFile?: string;
}

export interface Listening {
  server: Server;
  url: string;
  secure: boolean;
}

/** Certificate and key paths from MEDPROMO_TLS_CERT and MEDPROMO_TLS_KEY; both or neither. */
export function tlsFilesFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<ListenOptions, 'certFile' | 'keyFile'> {
  const certFile = env.MEDPROMO_TLS_CERT || undefined;
  const keyFile = env.MEDPROMO_TLS_KEY || undefined;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new BadRequestError(
      'Set both MEDPROMO_TLS_CERT and MEDPROMO_TLS_KEY (PEM certificate and key), or neither.',
    );
  }
  return { certFile, keyFile };
}

/** HTTPS when a certificate is configured, else plain HTTP (fine on localhost, not for Excel). */
export function listen(app: Express, options: ListenOptions): Promise<Listening> {
  const secure = options.certFile !== undefined && options.keyFile !== undefined;
  const server = secure
    ? createHttpsServer(
        { cert: readFileSync(options.certFile!), key: readFileSync(options.keyFile!) },
        app,
      )
    : createHttpServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const scheme = secure ? 'https' : 'http';
      resolve({ server, url: `${scheme}://${options.host}:${options.port}/`, secure });
    });
  });
}
