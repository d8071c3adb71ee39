import type { CDPSession } from 'playwright-core';

/**
 * V8's compiled code in the JS heap, in MB, read from a heap snapshot: bytecode, baseline and optimised
 * machine code and their metadata. It grows while V8 optimises the functions a page keeps running and shrinks
 * when it flushes the bytecode of functions left unused; a leak shows in the rest of the heap. Takes a second
 * or two on an 8 MB heap.
 */
export async function compiledCodeMB(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + typeAt] === code) bytes += snapshot.nodes[i + sizeAt] ?? 0;
  return bytes / 2 ** 20;
}
