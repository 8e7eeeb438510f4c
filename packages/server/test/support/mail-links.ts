import type { ReceivedMail, TestSmtp } from './smtp';

/** Waits for a mail to `to` whose text holds a link to `/{kind}/{token}`, and returns the token. */
export async function waitForLink(
  smtp: TestSmtp,
  to: string,
  kind: 'activation' | 'recovery' | 'email-change',
  after = 0,
): Promise<{ token: string; mail: ReceivedMail }> {
  const pattern = new RegExp(`http://chorale\\.test/${kind}/([A-Za-z0-9_-]+)`);
  const mail = await smtp.waitFor(
    (m) => smtp.messages.indexOf(m) >= after && m.to.includes(to) && pattern.test(m.text),
  );
  const token = pattern.exec(mail.text)?.[1];
  if (!token) throw new Error('no link');
  return { token, mail };
}
