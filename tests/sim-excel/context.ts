import { ErrorCodes, SimOfficeError } from './errors';
import type { SimHost } from './host';
import { SimWorkbookProxy } from './workbook';

const utf8 = new TextEncoder();

interface Action {
  location: string;
  run: () => void;
  /** False for requests that name no object (removing an event handler): they outlive their Excel.run. */
  usesObjectPath: boolean;
}

/**
 * Excel.RequestContext: collects the queued loads and actions of one `Excel.run` and carries them out, in order, at
 * `sync()`. A sync with nothing queued costs no round trip (as in office-js), but is still counted in `syncCount`.
 */
export class SimRequestContext {
  private pending: Action[] = [];
  private payload = 0;
  private tracked = 0;
  /** Set when its Excel.run has finished: untracked proxies of this context can no longer be used. */
  expired = false;
  readonly workbook: SimWorkbookProxy;
  readonly trackedObjects = {
    add: (_obj: unknown): void => {
      this.tracked++;
    },
    remove: (_obj: unknown): void => {
      this.tracked = Math.max(0, this.tracked - 1);
    },
  };

  constructor(readonly host: SimHost) {
    this.workbook = new SimWorkbookProxy(this);
  }

  get hasTrackedObjects(): boolean {
    return this.tracked > 0;
  }

  enqueue(location: string, run: () => void, usesObjectPath = true): void {
    this.pending.push({ location, run, usesObjectPath });
  }

  /** Queues a failing action when the host's ExcelApi version is below what a member needs: ApiNotFound at sync. */
  requireApi(version: string, member: string): void {
    if (this.host.supports('ExcelApi', version)) return;
    this.enqueue(member, () => {
      throw new SimOfficeError(ErrorCodes.apiNotFound, member);
    });
  }

  /** Counts the JSON size of a loaded value, in UTF-8 bytes as Excel does, towards the response limit of the current sync. */
  countPayload(value: unknown): void {
    if (this.host.options.payloadLimit > 0) this.payload += utf8.encode(JSON.stringify(value ?? null)).length;
  }

  sync<P>(passThrough?: P): Promise<P> {
    this.host.counters.syncCount++;
    return this.flush().then(() => passThrough as P);
  }

  /** Runs the queued actions as one round trip; also Excel.run's closing sync, which the add-in does not call. */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    return new Promise<void>((resolve, reject) => {
      // A real sync is a round trip to the host: never synchronous.
      setTimeout(() => {
        if (batch.length === 0) return resolve();
        this.host.counters.roundTrips++;
        this.payload = 0;
        try {
          const stale = this.expired && !this.hasTrackedObjects ? batch.find((a) => a.usesObjectPath) : undefined;
          if (stale) throw new SimOfficeError(ErrorCodes.invalidObjectPath, stale.location);
          for (const action of batch) this.runAction(action);
          const counters = this.host.counters;
          if (this.host.options.payloadLimit > 0 && this.payload > this.host.options.payloadLimit) {
            counters.payloadRefusals++;
            throw new SimOfficeError(ErrorCodes.requestPayloadSizeLimitExceeded, batch[0].location);
          }
          counters.largestPayload = Math.max(counters.largestPayload, this.payload);
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    });
  }

  private runAction(action: Action): void {
    try {
      action.run();
    } catch (error) {
      if (error instanceof SimOfficeError && error.debugInfo.errorLocation === undefined) {
        throw new SimOfficeError(error.code, action.location);
      }
      throw error;
    }
  }
}
