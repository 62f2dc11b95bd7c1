import type { Page } from 'playwright-core';
import { Role } from '../../../server/core/auth/viewer';
import type { TestUser } from './system';

/** Users the browser tests sign in as, one per kind of view. */
export const ANALYST: TestUser = { username: 'ana.lopez', name: 'Ana López', role: Role.ANALYST, password: 'analyst password 1' };
export const FUNDER: TestUser = { username: 'fundacion', name: 'Fundación Ejemplo', role: Role.FUNDER, password: 'funder password 1' };
export const ADMIN: TestUser = { username: 'admin', name: 'Alba Admin', role: Role.ADMIN, password: 'admin password 1' };
export const EVALUATOR: TestUser = {
  username: 'eva.evaluadora',
  name: 'Eva Evaluadora',
  role: Role.EVALUATOR,
  password: 'evaluator password 1',
};
export const SORIA_COORDINATOR: TestUser = {
  username: 'cepaim.soria',
  name: 'Carmen Cepaim',
  role: Role.COORDINATOR,
  regions: ['soria'],
  password: 'coordinator password 1',
};

/**
 * Signs `page` in through the sign-in page, as a person would, and waits until the header
 * names the user. `next` is where the page returns afterwards.
 */
export async function signIn(page: Page, baseUrl: string, user: TestUser, next = '/'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.locator('.viewer-name', { hasText: user.name }).waitFor();
  await page.waitForURL((url) => url.pathname + url.search === next);
}
