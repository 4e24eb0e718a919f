// `npm run timeline`: the CLI run from its bundle (`bundle.mjs`, built on first use), which starts in a
// fraction of tsx's time and CPU; from the TypeScript through tsx when no bundle can be built.
import { pathToFileURL } from 'node:url';
import { bundledModule } from './bundle.mjs';

const cli = await bundledModule('timeline.mjs');
if (cli) await import(pathToFileURL(cli).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./timeline.ts');
}
