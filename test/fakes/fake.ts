// What every fake API server declares about itself, so that the test suites find it from the provider
// registry: how to start it, the creds that point its provider at it, and how it refuses and throttles
// (the fakes test checks both against the real API's documented behaviour).
import type { FakeServer } from './_server.js';

export interface FakeProvider<F extends FakeServer = FakeServer> {
  start(): Promise<F>;
  /** Creds that point the provider at this fake (base URL, its token). */
  creds(fake: F): Record<string, string>;
  /** A bulk create of 700 records is one request (nothing can be half applied). */
  oneRequest?: boolean;
  /** A list request and a bad credential: the status it gets, and what a throttled call looks like. */
  probe: {
    path: (fake: F) => string;
    badAuth: Record<string, string>;
    denied: number;
    throttle: { status: number; retryAfter?: string; body: RegExp };
  };
  /** A registrar's fake: how a test gives it a domain with a delegation and reads the delegation back
   *  (test/e2e/registrars.test.ts runs every such fake through the CLI). */
  registrar?: {
    register(fake: F, domain: string, nameservers: string[]): void;
    delegation(fake: F, domain: string): string[];
  };
}

/** Declares a fake (typed by its own server, stored as any fake). */
export function defineFake<F extends FakeServer>(d: FakeProvider<F>): FakeProvider {
  return d as unknown as FakeProvider;
}
