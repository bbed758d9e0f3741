/**
 * Child process for the kill-half-way test: writes synthetic documents one statement per row
 * (slow on purpose) and prints a line after each committed document, until the test kills it.
 * Usage: node -r tsx/cjs test/write/helpers/write-until-killed.ts <prefix> <documents>
 */
import { connectionFromEnv } from '../../../src/db/connection-config';
import { openDriver } from '../../../src/db/open-driver';
import { writeExtractions } from '../../../src/write/write-extractions';
import { syntheticExtractions } from './synthetic-extractions';

async function main(): Promise<void> {
  const [prefix, documents] = process.argv.slice(2);
  const config = connectionFromEnv();
  const driver = await openDriver(config, { operation: 'test' });
  const extractions = syntheticExtractions({
    prefix: prefix!,
    documents: Number(documents),
    entitiesPerDocument: 60,
    sharedEntities: 10,
    relationsPerDocument: 60,
    stancesPerDocument: 20,
  });
  await writeExtractions(driver, extractions, {
    database: config.database,
    batchSize: 1,
    onProgress: (done, total) => process.stdout.write(`committed ${done}/${total}\n`),
  });
  await driver.close();
  process.stdout.write('finished\n');
}

main().catch((error) => {
  process.stderr.write(`${error}\n`);
  process.exit(1);
});
