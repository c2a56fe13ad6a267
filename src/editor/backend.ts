/**
 * Where the browser editor saves: the school's repository on its forge, chosen at build time from the
 * environment, so the same project serves a school on GitHub, on a municipal GitLab or on its own
 * Gitea/Forgejo. Without EDITOR_REPO the editor still works on a teacher's computer in the local
 * mode (`npm run dev`, then «Работать с локальным репозиторием» at /admin/): that mode reads and
 * writes the project folder and needs no account.
 *
 * - EDITOR_BACKEND: `github` (default), `gitlab` or `gitea` (also Forgejo);
 * - EDITOR_REPO: `owner/name` of the repository;
 * - EDITOR_BRANCH: the branch to save to (default: the repository's default branch);
 * - EDITOR_BASE_URL: the forge's address for a self-hosted GitLab, Gitea or Forgejo
 *   (`https://git.school.ru`); its API address is derived from it;
 * - EDITOR_APP_ID: the OAuth application's client id (GitLab, Gitea/Forgejo), for «Войти через …»;
 *   without it editors sign in with a personal access token.
 */
import type { Backend } from '@sveltia/cms';

export type ForgeName = 'github' | 'gitlab' | 'gitea';

/** A wrong EDITOR_* setting, said in Russian; the build stops with this message. */
export class EditorSettingsError extends Error {
  override name = 'EditorSettingsError';
}

const FORGES: readonly ForgeName[] = ['github', 'gitlab', 'gitea'];

/** The public instance of each forge, used when EDITOR_BASE_URL is not set. */
const HOSTED: Record<ForgeName, string> = { github: 'https://github.com', gitlab: 'https://gitlab.com', gitea: 'https://gitea.com' };

/** The API address of a forge, from its web address (the hosted ones are known). */
export function apiRoot(forge: ForgeName, baseUrl: string | undefined): string {
  const base = (baseUrl ?? HOSTED[forge]).replace(/\/+$/, '');
  if (forge === 'github') return base === 'https://github.com' ? 'https://api.github.com' : `${base}/api/v3`;
  if (forge === 'gitlab') return `${base}/api/v4`;
  return `${base}/api/v1`;
}

/** The backend section of the editor's configuration, from EDITOR_* variables. */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): Backend {
  const forge = (env['EDITOR_BACKEND'] || 'github').toLowerCase();
  const name = forge === 'forgejo' ? 'gitea' : forge;
  if (!FORGES.includes(name as ForgeName)) {
    throw new EditorSettingsError(
      `EDITOR_BACKEND=${forge}: такого хранилища редактор не знает — напишите github, gitlab, gitea или forgejo`,
    );
  }
  const repo = env['EDITOR_REPO'] || 'school/site';
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
    throw new EditorSettingsError(`EDITOR_REPO=${repo}: нужен адрес репозитория в виде владелец/имя, например school47/distant`);
  }
  const baseUrl = env['EDITOR_BASE_URL'] || undefined;
  if (baseUrl !== undefined && !/^https:\/\/[^/\s]+/.test(baseUrl)) {
    throw new EditorSettingsError(`EDITOR_BASE_URL=${baseUrl}: нужен адрес сервера, начиная с https://, например https://git.school.ru`);
  }
  const forgeName = name as ForgeName;
  return {
    name: forgeName,
    repo,
    ...(env['EDITOR_BRANCH'] ? { branch: env['EDITOR_BRANCH'] } : {}),
    ...(baseUrl ? { base_url: baseUrl, api_root: apiRoot(forgeName, baseUrl) } : {}),
    ...(env['EDITOR_APP_ID'] ? { app_id: env['EDITOR_APP_ID'] } : {}),
    ...(forgeName === 'gitlab' && env['EDITOR_APP_ID'] ? { auth_type: 'pkce' as const } : {}),
  } as Backend;
}

/**
 * The origins the editor page may talk to besides itself: the forge's web address (sign-in) and its
 * API. They go into the page's Content-Security-Policy; nothing else may be reached.
 */
export function forgeOrigins(backend: Backend): string[] {
  if (backend.name === 'test-repo') return [];
  const forge = backend.name as ForgeName;
  const base = 'base_url' in backend && backend.base_url ? backend.base_url : undefined;
  const origins = [apiRoot(forge, base), base ?? HOSTED[forge]];
  return [...new Set(origins.map((url) => new URL(url).origin))];
}
