import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
const root = process.argv[2];
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => { let f = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)); if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html'); if (!existsSync(f)) { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 320, height: 640 } });
await ctx.addInitScript(() => localStorage.setItem('school-site-low-vision', JSON.stringify({ size: '200', scheme: 'bw', spacing: 'wider', images: 'on' })));
const p = await ctx.newPage();
const pages = readdirSync(root, { recursive: true }).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).map((f) => f.replace(/index\.html$/, ''));
for (const path of pages) {
  await p.goto(url + path);
  const r = await p.evaluate(() => document.documentElement.scrollWidth > 320 ? [document.documentElement.scrollWidth, [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 321).slice(-3).map((e) => e.tagName + '.' + e.className + ':' + (e.textContent||'').slice(0, 40))] : null);
  if (r) console.log(path, JSON.stringify(r));
}
await b.close(); server.close();
