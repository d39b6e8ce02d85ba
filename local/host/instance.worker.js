/**
 * One function instance (a worker thread with its own process.env, set by the host as SCF sets it).
 * It loads the built function once and serves one request at a time: { id, event, context } in,
 * { id, ok: true, result } or { id, ok: false } out. Results cross as JSON, as they would over CloudBase.
 * An uncaught error or an exit ends the instance; the host replaces it.
 */
'use strict';
const { parentPort, workerData } = require('node:worker_threads');

const mod = require(workerData.file);
const main = mod && (typeof mod.main === 'function' ? mod.main : mod.default && mod.default.main);
if (typeof main !== 'function') throw new Error(`function ${workerData.name} exports no main(event, context)`);

parentPort.on('message', async (msg) => {
  let reply;
  try {
    const result = await main(msg.event, msg.context);
    reply = { id: msg.id, ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
  } catch (err) {
    reply = { id: msg.id, ok: false, error: err && err.name ? String(err.name) : 'Error' };
  }
  parentPort.postMessage(reply);
});
parentPort.postMessage({ ready: true });
