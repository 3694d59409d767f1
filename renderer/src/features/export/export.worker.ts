// The export worker's entry: builds documents off the UI thread (see protocol.ts for the messages).
import { BUILDERS } from './worker/builders.ts';
import { serveExports, type WorkerPort } from './worker/serve.ts';

serveExports(self as unknown as WorkerPort, BUILDERS);
