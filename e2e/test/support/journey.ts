import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './axe';
import { followMailLink } from './outbox';
import { poll } from './poll';

/** Every main page is checked with axe-core: no serious or critical WCAG A/AA violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** The text of the page's main heading, as a person reads it. */
export async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').first().textContent())?.trim() ?? '';
}

interface FocusedElement {
  id: string;
  textContent: string | null;
}

/** Where the keyboard focus is: the element's id and text. */
export function focused(page: Page): Promise<{ id: string; text: string }> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: FocusedElement | null } })
      .document;
    return { id: doc.activeElement?.id ?? '', text: doc.activeElement?.textContent?.trim() ?? '' };
  });
}

/** Sign-up and activation through the English screens; ends signed in on the home page. */
export async function signUpAndActivate(
  page: Page,
  baseUrl: string,
  user: { email: string; password: string; firstName: string; lastName: string },
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await poll(() => heading(page)).toBe('Create an account');
  await page.getByLabel('Login e-mail address').fill(user.email);
  await page.getByLabel('First name').fill(user.firstName);
  await page.getByLabel('Last name').fill(user.lastName);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await poll(() => heading(page)).toBe('Check your mailbox');
  await followMailLink(page, baseUrl, { to: user.email, linkPath: '/activation/' });
  await poll(() => heading(page)).toBe('Activate my account');
  await page.getByLabel(/^New password/).fill(user.password);
  await page.getByLabel(/^Confirm the new password/).fill(user.password);
  await page.getByLabel(/^Secret question/).fill('Where did we spend the summer of 1998?');
  await page.getByLabel(/^Answer to the secret question/).fill('Île de Ré');
  await page.getByRole('button', { name: 'Activate my account' }).click();
  await poll(() => heading(page)).toBe(`Hello ${user.firstName}`);
}

export async function logIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await poll(() => heading(page)).toBe('Log in');
  await page.getByLabel('Login e-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).last().click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out', exact: true }).first().click();
  await poll(() => page.getByText('You are logged out.').count()).toBe(1);
}
