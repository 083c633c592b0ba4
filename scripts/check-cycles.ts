// `npm test`'s import-circle step: fails, naming the files, when files under src/ import each other
// in a circle (type imports included).
import { findCycles } from './cycles/find-cycles';
import { importGraph } from './cycles/import-graph';

const graph = importGraph('src');
const cycles = findCycles(graph);
for (const cycle of cycles) console.error(`import circle: ${cycle.map((f) => `src/${f}`).join(' <-> ')}`);
console.log(`${graph.size} files under src/, ${cycles.length} import circle(s)`);
process.exit(cycles.length ? 1 : 0);
