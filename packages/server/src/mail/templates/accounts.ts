import type { Lang, Localized } from '../../i18n/lang';
import type { OutgoingMail } from '../mailer';

// Account mails: plain words, one link to our own address, no attachment and no secret (phishing
// hygiene). Every text exists in French and English; the user's language picks one.

export type AccountMail =
  | { kind: 'activation'; firstName: string; link: string; minutes: number }
  | { kind: 'already-registered'; firstName: string; link: string; minutes: number }
  | { kind: 'recovery'; firstName: string; link: string; minutes: number }
  | { kind: 'email-change-confirm'; firstName: string; link: string; newEmail: string }
  | { kind: 'email-change-notice'; firstName: string; newEmail: string }
  | { kind: 'email-changed'; firstName: string; newEmail: string }
  | { kind: 'password-changed'; firstName: string }
  | { kind: 'password-reset'; firstName: string }
  | { kind: 'account-locked'; firstName: string; until: Date }
  | { kind: 'totp-enabled'; firstName: string }
  | { kind: 'totp-disabled'; firstName: string };

interface Rendered {
  subject: Localized;
  /** Paragraphs; `{link}` stands for the action link when there is one. */
  paragraphs: Localized[];
  link?: { url: string; label: Localized };
}

const SIGNATURE: Localized = {
  fr: "— Chorale, le portail de facturation électronique. Ce message est automatique : n'y répondez pas.",
  en: '— Chorale, the e-invoicing portal. This message is automatic: do not reply.',
};
const NOT_YOU: Localized = {
  fr: "Si vous n'êtes pas à l'origine de cette action, changez votre mot de passe et consultez le journal de sécurité de votre compte.",
  en: 'If you did not do this, change your password and look at the security journal of your account.',
};
const IGNORE: Localized = {
  fr: "Si vous n'avez rien demandé, ignorez ce message.",
  en: 'If you did not ask for anything, ignore this message.',
};

export function formatParisTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);
}

function hello(firstName: string): Localized {
  return { fr: `Bonjour ${firstName},`, en: `Hello ${firstName},` };
}

function render(mail: AccountMail): Rendered {
  switch (mail.kind) {
    case 'activation':
      return {
        subject: { fr: 'Activez votre compte Chorale', en: 'Activate your Chorale account' },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Votre compte a été créé. Pour l'activer, choisissez votre mot de passe en ouvrant ce lien (valable ${mail.minutes} minutes, une seule fois) :`,
            en: `Your account has been created. To activate it, choose your password by opening this link (valid ${mail.minutes} minutes, once):`,
          },
          { fr: '{link}', en: '{link}' },
          IGNORE,
        ],
        link: { url: mail.link, label: { fr: 'Activer mon compte', en: 'Activate my account' } },
      };
    case 'already-registered':
      return {
        subject: {
          fr: 'Vous avez déjà un compte Chorale',
          en: 'You already have a Chorale account',
        },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Quelqu'un (vous, sans doute) a voulu créer un compte avec cette adresse, mais vous en avez déjà un. Si vous avez oublié votre mot de passe, réinitialisez-le avec ce lien (valable ${mail.minutes} minutes) :`,
            en: `Someone (probably you) tried to create an account with this address, but you already have one. If you forgot your password, reset it with this link (valid ${mail.minutes} minutes):`,
          },
          { fr: '{link}', en: '{link}' },
          IGNORE,
        ],
        link: {
          url: mail.link,
          label: { fr: 'Réinitialiser mon mot de passe', en: 'Reset my password' },
        },
      };
    case 'recovery':
      return {
        subject: { fr: 'Réinitialisation de votre mot de passe', en: 'Resetting your password' },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Pour choisir un nouveau mot de passe, ouvrez ce lien (valable ${mail.minutes} minutes, une seule fois) ; la réponse à votre question secrète vous sera demandée :`,
            en: `To choose a new password, open this link (valid ${mail.minutes} minutes, once); you will be asked the answer to your secret question:`,
          },
          { fr: '{link}', en: '{link}' },
          IGNORE,
        ],
        link: {
          url: mail.link,
          label: { fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' },
        },
      };
    case 'email-change-confirm':
      return {
        subject: { fr: 'Confirmez votre adresse de contact', en: 'Confirm your contact address' },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Pour recevoir désormais les messages de Chorale à l'adresse ${mail.newEmail}, confirmez-la avec ce lien (valable 24 heures) :`,
            en: `To receive Chorale's messages at ${mail.newEmail} from now on, confirm it with this link (valid 24 hours):`,
          },
          { fr: '{link}', en: '{link}' },
          IGNORE,
        ],
        link: {
          url: mail.link,
          label: { fr: 'Confirmer cette adresse', en: 'Confirm this address' },
        },
      };
    case 'email-change-notice':
      return {
        subject: {
          fr: "Changement d'adresse de contact demandé",
          en: 'Contact address change requested',
        },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Un changement de votre adresse de contact vers ${mail.newEmail} a été demandé. Il prendra effet quand la nouvelle adresse sera confirmée.`,
            en: `A change of your contact address to ${mail.newEmail} was requested. It takes effect once the new address is confirmed.`,
          },
          NOT_YOU,
        ],
      };
    case 'email-changed':
      return {
        subject: { fr: 'Adresse de contact modifiée', en: 'Contact address changed' },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Votre adresse de contact est désormais ${mail.newEmail}.`,
            en: `Your contact address is now ${mail.newEmail}.`,
          },
          NOT_YOU,
        ],
      };
    case 'password-changed':
    case 'password-reset':
      return {
        subject: { fr: 'Mot de passe modifié', en: 'Password changed' },
        paragraphs: [
          hello(mail.firstName),
          mail.kind === 'password-reset'
            ? {
                fr: 'Votre mot de passe a été réinitialisé et toutes vos sessions ont été fermées.',
                en: 'Your password has been reset and all your sessions have been ended.',
              }
            : {
                fr: 'Votre mot de passe a été modifié et vos autres sessions ont été fermées.',
                en: 'Your password has been changed and your other sessions have been ended.',
              },
          NOT_YOU,
        ],
      };
    case 'account-locked':
      return {
        subject: { fr: 'Compte verrouillé temporairement', en: 'Account temporarily locked' },
        paragraphs: [
          hello(mail.firstName),
          {
            fr: `Après plusieurs tentatives de connexion infructueuses, votre compte est verrouillé jusqu'au ${formatParisTime(mail.until, 'fr')} (heure de Paris).`,
            en: `After several failed login attempts, your account is locked until ${formatParisTime(mail.until, 'en')} (Paris time).`,
          },
          NOT_YOU,
        ],
      };
    case 'totp-enabled':
    case 'totp-disabled':
      return {
        subject:
          mail.kind === 'totp-enabled'
            ? { fr: 'Double authentification activée', en: 'Two-factor authentication enabled' }
            : {
                fr: 'Double authentification désactivée',
                en: 'Two-factor authentication disabled',
              },
        paragraphs: [
          hello(mail.firstName),
          mail.kind === 'totp-enabled'
            ? {
                fr: 'La double authentification par application est activée : un code vous sera demandé à chaque connexion.',
                en: 'Two-factor authentication with an app is on: a code will be asked at every login.',
              }
            : {
                fr: 'La double authentification a été désactivée sur votre compte.',
                en: 'Two-factor authentication has been turned off on your account.',
              },
          NOT_YOU,
        ],
      };
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Builds the mail (subject, text and a simple HTML part) in the recipient's language. */
export function accountMail(to: string, mail: AccountMail, lang: Lang): OutgoingMail {
  const r = render(mail);
  const textParts = r.paragraphs.map((p) => (p[lang] === '{link}' ? (r.link?.url ?? '') : p[lang]));
  const htmlParts = r.paragraphs.map((p) =>
    p[lang] === '{link}' && r.link
      ? `<p><a href="${escapeHtml(r.link.url)}">${escapeHtml(r.link.label[lang])}</a><br><small>${escapeHtml(r.link.url)}</small></p>`
      : `<p>${escapeHtml(p[lang])}</p>`,
  );
  return {
    to,
    subject: r.subject[lang],
    text: `${[...textParts, SIGNATURE[lang]].join('\n\n')}\n`,
    html: `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">${htmlParts.join('')}<p style="color:#666">${escapeHtml(SIGNATURE[lang])}</p></body></html>`,
  };
}
