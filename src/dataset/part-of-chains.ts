/**
 * The partOf graph walked once (each id is visited a bounded number of times, whatever the depth):
 * a record has at most one parent, so the graph is a set of chains that either end or run into a
 * loop. A walk per record with its own Set (the obvious way) costs the square of the chain length:
 * a valid 16,000-deep chain took half a minute. Iterative, so no depth can overflow the stack.
 */
export interface PartOfChains {
  /** Ids on a loop (a record that is, through its parents, part of itself). */
  readonly onCycle: ReadonlySet<string>;
  /**
   * For every id whose chain never ends: the first id of the loop it runs into (itself when it is
   * on the loop). Ids whose chain ends are absent.
   */
  readonly loopEntry: ReadonlyMap<string, string>;
}

/** `parentOf(id)`: the id's partOf, or undefined (no parent, or a parent that does not exist). */
export function walkPartOfChains(
  ids: Iterable<string>,
  parentOf: (id: string) => string | undefined,
): PartOfChains {
  const onCycle = new Set<string>();
  const loopEntry = new Map<string, string>();
  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const path: string[] = [];
  for (const start of ids) {
    if (done.has(start)) continue;
    let id: string | undefined = start;
    // Follow parents until the chain ends, meets a walked id, or comes back onto this path.
    while (id !== undefined && !done.has(id) && !onPath.has(id)) {
      onPath.set(id, path.length);
      path.push(id);
      id = parentOf(id);
    }
    let entry: string | undefined;
    let tailEnd = path.length;
    if (id !== undefined && onPath.has(id)) {
      // A new loop: path[at..] is the loop, each its own entry; the ids before it run into `id`.
      const at = onPath.get(id)!;
      for (let k = at; k < path.length; k++) {
        onCycle.add(path[k]!);
        loopEntry.set(path[k]!, path[k]!);
      }
      entry = id;
      tailEnd = at;
    } else if (id !== undefined) {
      // A walked id: a loop member is the entry itself, a tail id passes its own entry on.
      entry = onCycle.has(id) ? id : loopEntry.get(id);
    }
    for (let k = 0; k < tailEnd; k++) if (entry !== undefined) loopEntry.set(path[k]!, entry);
    for (const walked of path) done.add(walked);
    path.length = 0;
    onPath.clear();
  }
  return { onCycle, loopEntry };
}
