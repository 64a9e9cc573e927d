// Messages with the analysis worker (worker.js): call(msg) posts one and
// resolves with the worker's answer. An analysis in flight is cancelled by
// a newer one: the worker is ended and a fresh one started (instantiating
// the core takes ~20–40 ms). Progress messages go to the onProgress handler.

let worker = null;
let nextId = 1;
const pending = new Map();
let analysisInFlight = null; // id of the running analysis
let progressHandler = () => {};

/** Sets the function called with the fraction done of a long analysis. */
export function onProgress(f) {
  progressHandler = f;
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    if (data.progress !== undefined) {
      progressHandler(data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.id === analysisInFlight) analysisInFlight = null;
    data.ok ? p.resolve(data) : p.reject(new Error(data.error));
  };
}
startWorker();

/** Posts `msg` to the worker; resolves with its answer ({ok, ...}) or rejects with its error. */
export function call(msg) {
  const id = nextId++;
  if (msg.type === 'analyze') {
    if (analysisInFlight !== null) {
      worker.terminate();
      for (const [, p] of pending) p.reject(new Error('cancelled'));
      pending.clear();
      startWorker();
    }
    analysisInFlight = id;
  }
  return new Promise((resolve, reject) => { pending.set(id, { resolve, reject }); worker.postMessage({ ...msg, id }); });
}
