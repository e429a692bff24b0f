// `npm run messages`: write docs/messages.md, every Chinese message template in one page for review.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueMarkdown } from '../src/engine/messages/catalogue';

writeFileSync(join(__dirname, '..', 'docs', 'messages.md'), catalogueMarkdown());
console.log('docs/messages.md written');
