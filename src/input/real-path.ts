// Real paths that never fail: the walk compares real folders to end link loops, the
// removal of repeats compares real files.

import fsp from 'node:fs/promises';

/** The real path of `p`, or `p` itself when it cannot be resolved (missing, no permission). */
export async function realpathOr(p: string): Promise<string> {
  try {
    return await fsp.realpath(p);
  } catch {
    return p;
  }
}
