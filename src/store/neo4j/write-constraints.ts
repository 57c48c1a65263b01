// `npm run schema:constraints`: rewrites graph-schema/constraints.cypher from the schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './server/launcher.js';
import { CONSTRAINTS_CYPHER_PATH, renderConstraintsCypher } from './constraints-file.js';

writeFileSync(join(PROJECT_ROOT, CONSTRAINTS_CYPHER_PATH), renderConstraintsCypher());
