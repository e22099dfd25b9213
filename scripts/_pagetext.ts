import { readFileSync } from 'node:fs';
import { readHtmlPage } from './html-page';
const r = await readHtmlPage(readFileSync(`../shared/pages/${process.argv[2]}`, 'utf8'));
const re = new RegExp(process.argv[3], 'gi');
for (const m of r.text.matchAll(re)) console.log('…' + r.text.slice(Math.max(0, m.index - 120), m.index + 120).replace(/\s+/g, ' '));
