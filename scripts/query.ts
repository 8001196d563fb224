/**
 * `npm run -s query -- <command>`: asks the dataset questions from the command line, JSON on stdout.
 *   regions                 every region: id, label, side, parent, choir
 *   muscles                 every muscle: id, name, aliases, layer, triggerPoints, hasMesh
 *   rank <regionId>[:1-10]… ranked candidates for a pain drawing, plus the explaining set
 *   depth <triggerPointId> [--body female|male]  what lies beneath the point on the model body
 * Exit 2 on a usage error or an unknown id (with the closest ids suggested). The logic is in
 * lib/queryCli.ts.
 */
import { finish } from './lib/cliResult';
import { query } from './lib/queryCli';

finish(await query(process.argv.slice(2)));
