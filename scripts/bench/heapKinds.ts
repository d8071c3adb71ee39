import type { CDPSession } from 'playwright-core';

export interface HeapKinds {
  /** V8's compiled code (bytecode, baseline and optimised machine code) and its metadata. */
  codeMB: number;
  /** Everything else: the page's objects, strings, arrays, closures and the engine's own tables. */
  objectsMB: number;
}

/**
 * Splits the JS heap by a heap snapshot: what V8 compiled apart from what the page holds. Compiled code grows
 * while V8 optimises the functions a page keeps running (and shrinks when it flushes old code); a leak shows
 * in the objects. Takes a second or two on an 8 MB heap.
 */
export async function heapKinds(cdp: CDPSession): Promise<HeapKinds> {
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
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = types.indexOf('code');
  let codeBytes = 0;
  let otherBytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt] ?? 0;
    if (snapshot.nodes[i + typeAt] === code) codeBytes += size;
    else otherBytes += size;
  }
  return { codeMB: codeBytes / 2 ** 20, objectsMB: otherBytes / 2 ** 20 };
}
