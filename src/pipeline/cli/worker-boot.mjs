// The worker thread's entry: the CLI runs from TypeScript through tsx, whose loader a worker thread does not
// inherit (Node 20 does not pass --import hooks on to workers), so it is registered here before the worker loads.
import { register } from 'tsx/esm/api';

register();
const { processBatch, extractBatch } = await import('./worker.ts');
export { extractBatch };
export default processBatch;
