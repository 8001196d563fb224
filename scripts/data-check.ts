/**
 * `npm run data:check [-- --stats] [-- --dir DIR] [-- --write-schemas]`
 * Validates every file of `data/` and prints each problem as `file › record › field: message`.
 * Exit 1 on any problem. The logic is in lib/dataCheckCli.ts.
 */
import { finish } from './lib/cliResult';
import { dataCheck } from './lib/dataCheckCli';

finish(dataCheck(process.argv.slice(2)));
