/**
 * One interface for every kind of target. A publisher reads what is live now, then sends the plan:
 * it writes to a new place first and switches over only when everything has arrived, so visitors
 * never see half a site and a failed upload leaves the live site as it was.
 */
import type { Manifest, Plan } from './manifest.ts';

export interface PublishStep {
  /** `send`: a file's content goes over; `keep`: an unchanged file is linked or copied on the target's side; `remove`: a stale file goes. */
  action: 'send' | 'keep' | 'remove';
  path: string;
}

export interface PublishOptions {
  /** The built site. */
  siteDir: string;
  /** Called before each step; whatever it throws stops the upload (tests use it to cut one short). */
  onStep?: ((step: PublishStep) => void) | undefined;
  /** Progress and notes for the person publishing, in Russian. */
  log: (line: string) => void;
}

export interface Publisher {
  /** What is published now; an empty manifest when nothing is. `log` takes notes for the person publishing. */
  readLive(log: (line: string) => void): Promise<Manifest>;
  /** Sends the plan and switches the live site over to the new one. */
  publish(local: Manifest, plan: Plan, options: PublishOptions): Promise<void>;
  /** What the web server must serve, or another note shown after a successful publication. */
  servedFrom(): string;
  /** Closes connections; called in every case. */
  close(): Promise<void>;
}
