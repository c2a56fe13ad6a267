// Starlight as a school would start with it: the default sidebar (every page) and its own Pagefind search.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [starlight({ title: 'Школа', defaultLocale: 'root', locales: { root: { label: 'Русский', lang: 'ru' } } })],
});
