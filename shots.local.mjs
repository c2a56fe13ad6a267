import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const [,, path, width, lv, out, screens = '1', height = '844'] = process.argv;
const ctx = await b.newContext({ viewport: { width: Number(width), height: Number(height) } });
if (lv !== '-') await ctx.addInitScript((v) => localStorage.setItem('school-site-low-vision', v), lv);
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4321/' + path);
for (let i = 0; i < Number(screens); i++) {
  await p.screenshot({ path: out.replace('.png', `-${i}.png`), clip: { x: 0, y: i * Number(height), width: Number(width), height: Number(height) }, fullPage: true });
}
await b.close();
