/**
 * `npm run -s query -- <command>`: asks the dataset questions from the command line, JSON on stdout.
 *   regions                 every region: id, label, side, parent, choir
 *   muscles                 every muscle: id, name, aliases, layer, triggerPoints, hasMesh
 *   rank <regionId>[:1-10]… ranked candidates for a pain drawing, plus the explaining set
 *   depth <triggerPointId> [--body female|male]  what lies beneath the point on the model body
 * Exit 2 on a usage error or an unknown id (with the closest ids suggested).
 */
import { existsSync } from 'node:fs';
import { loadAtlasOrExit } from './lib/loadAtlas';
import { depthCommand } from './lib/queryDepth';
import { runQuery } from './lib/queryCommands';

const HELP = `Usage: npm run -s query -- <command> [args]

Commands:
  regions                   list every skin region (id, label, side, parent, choir)
  muscles                   list every muscle (id, name, aliases, layer, triggerPoints, hasMesh)
  rank <region>[:n] ...     rank trigger points for a pain drawing; n = intensity 1-10
  depth <triggerPoint> [--body female|male]
                            skin-to-point depth and hazards within 40 mm (model body)
  --help                    show this help

Example: npm run -s query -- rank l-temple neck-back-upper`;

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP + '\n');
  process.exit(args.length === 0 ? 2 : 0);
}
const atlas = loadAtlasOrExit();
const meshIndex = 'public/generated/muscles-male.json';
const result =
  args[0] === 'depth'
    ? await depthCommand(atlas, args.slice(1))
    : runQuery(atlas, args, existsSync(meshIndex) ? meshIndex : undefined);
if (result.ok) {
  process.stdout.write(JSON.stringify(result.value, null, 2) + '\n');
} else {
  process.stderr.write(result.error + '\n');
  process.exit(2);
}
