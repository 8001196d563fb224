/**
 * The logic of `npm run -s query -- <command>` (scripts/query.ts): answers from the dataset as JSON
 * on stdout; exit 2 on a usage error or an unknown id (with the closest ids suggested).
 */
import { existsSync } from 'node:fs';
import type { CliResult } from './cliResult';
import { loadAtlas } from './loadAtlas';
import { depthCommand } from './queryDepth';
import { runQuery } from './queryCommands';

export const QUERY_HELP = `Usage: npm run -s query -- <command> [args]

Commands:
  regions                   list every skin region (id, label, side, parent, choir)
  muscles                   list every muscle (id, name, aliases, layer, triggerPoints, hasMesh)
  rank <region>[:n] ...     rank trigger points for a pain drawing; n = intensity 1-10
  depth <triggerPoint> [--body female|male]
                            skin-to-point depth and hazards within 40 mm (model body)
  --help                    show this help

Example: npm run -s query -- rank l-temple neck-back-upper`;

/** The male muscle mesh index, when the assets have been generated. */
const MESH_INDEX = 'assets/generated/muscles-male.json';

/** Runs one query with the command line's arguments. */
export async function query(args: readonly string[]): Promise<CliResult> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    return { code: args.length === 0 ? 2 : 0, stdout: QUERY_HELP + '\n', stderr: '' };
  }
  const loaded = loadAtlas();
  if (!('atlas' in loaded)) return { code: 1, stdout: '', stderr: loaded.problems };
  const result =
    args[0] === 'depth'
      ? await depthCommand(loaded.atlas, args.slice(1))
      : runQuery(loaded.atlas, args, existsSync(MESH_INDEX) ? MESH_INDEX : undefined);
  return result.ok
    ? { code: 0, stdout: JSON.stringify(result.value, null, 2) + '\n', stderr: '' }
    : { code: 2, stdout: '', stderr: result.error + '\n' };
}
