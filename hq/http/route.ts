import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import type { FailedAttempts } from './failed-attempts';

export interface RouteContext {
  pool: Pool;
  req: IncomingMessage;
  /** The parts of the path the route's pattern captured (ids), in order. */
  params: string[];
  query: URLSearchParams;
  certificateFingerprint: string;
  /** Wrong enrolment codes and passwords by address, for the routes that take them. */
  failedAttempts: FailedAttempts;
}

/** The address a request came from, for counting wrong guesses. */
export const remoteAddress = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

/** What a route answers: JSON (or nothing for 204), with headers such as a cookie. */
export interface RouteAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Anchored; capture groups become `params`. */
  pattern: RegExp;
  handle(context: RouteContext): Promise<RouteAnswer>;
}

/** A path part that must be a UUID (an id in the path). */
export const uuidPart = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';
