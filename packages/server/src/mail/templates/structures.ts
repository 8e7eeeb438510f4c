import { localize, type Lang, type Localized } from '../../i18n/lang';
import type { OutgoingMail } from '../mailer';

// Mails about structures and habilitations: who decided what, for which structure; one link to the
// portal. The recipient's language picks the text.

export type StructureMail =
  | { kind: 'structure-decided'; structure: string; accepted: boolean; message: string | null }
  | {
      kind: 'request-decided';
      structure: string;
      request: 'attachment' | 'space' | 'extension';
      space?: string;
      accepted: boolean;
      message: string | null;
    }
  | { kind: 'attached'; structure: string; by: string }
  | { kind: 'invited'; structure: string; by: string; signupUrl: string }
  | { kind: 'detached'; structure: string }
  | { kind: 'primary-transferred'; structure: string };

const SIGNATURE: Localized = {
  fr: "— Chorale, le portail de facturation électronique. Ce message est automatique : n'y répondez pas.",
  en: '— Chorale, the e-invoicing portal. This message is automatic: do not reply.',
};

const REQUEST_NAMES: Record<'attachment' | 'space' | 'extension', Localized> = {
  attachment: { fr: 'de rattachement', en: 'to be attached' },
  space: { fr: "d'abonnement à l'espace « {space} »", en: 'for the espace "{space}"' },
  extension: { fr: "d'extension de vos droits", en: 'to extend your rights' },
};

function render(mail: StructureMail): { subject: Localized; body: Localized[] } {
  switch (mail.kind) {
    case 'structure-decided':
      return mail.accepted
        ? {
            subject: { fr: 'Votre structure est validée', en: 'Your structure is validated' },
            body: [
              {
                fr: 'La structure « {structure} » a été validée : vous pouvez maintenant agir pour elle.',
                en: 'The structure "{structure}" has been validated: you can now act for it.',
              },
            ],
          }
        : {
            subject: { fr: 'Votre structure est refusée', en: 'Your structure was refused' },
            body: [
              {
                fr: 'La création de la structure « {structure} » a été refusée.',
                en: 'The creation of the structure "{structure}" was refused.',
              },
            ],
          };
    case 'request-decided': {
      const what = REQUEST_NAMES[mail.request];
      return {
        subject: mail.accepted
          ? { fr: 'Votre demande est acceptée', en: 'Your request was accepted' }
          : { fr: 'Votre demande est refusée', en: 'Your request was refused' },
        body: [
          {
            fr: `Votre demande ${what.fr} pour la structure « {structure} » a été ${mail.accepted ? 'acceptée' : 'refusée'}.`,
            en: `Your request ${what.en} for the structure "{structure}" was ${mail.accepted ? 'accepted' : 'refused'}.`,
          },
        ],
      };
    }
    case 'attached':
      return {
        subject: {
          fr: 'Vous êtes rattaché à une structure',
          en: 'You were attached to a structure',
        },
        body: [
          {
            fr: '{by} vous a rattaché à la structure « {structure} ».',
            en: '{by} attached you to the structure "{structure}".',
          },
        ],
      };
    case 'invited':
      return {
        subject: { fr: 'Invitation sur Chorale', en: 'Invitation to Chorale' },
        body: [
          {
            fr: '{by} vous invite à rejoindre la structure « {structure} » sur Chorale, le portail de facturation électronique. Créez votre compte avec cette adresse e-mail : {signupUrl}',
            en: '{by} invites you to join the structure "{structure}" on Chorale, the e-invoicing portal. Create your account with this e-mail address: {signupUrl}',
          },
        ],
      };
    case 'detached':
      return {
        subject: { fr: 'Fin de votre rattachement', en: 'You were detached' },
        body: [
          {
            fr: "Vous n'êtes plus rattaché à la structure « {structure} ».",
            en: 'You are no longer attached to the structure "{structure}".',
          },
        ],
      };
    case 'primary-transferred':
      return {
        subject: { fr: 'Vous êtes gestionnaire principal', en: 'You are the principal manager' },
        body: [
          {
            fr: 'Vous êtes désormais gestionnaire principal de la structure « {structure} ».',
            en: 'You are now the principal manager of the structure "{structure}".',
          },
        ],
      };
    default: {
      const never: never = mail;
      return never;
    }
  }
}

export function structureMail(
  to: string,
  lang: Lang,
  mail: StructureMail,
  portalUrl: string,
): OutgoingMail {
  const { subject, body } = render(mail);
  const params: Record<string, string> = {
    structure: mail.structure,
    by: 'by' in mail ? mail.by : '',
    signupUrl: 'signupUrl' in mail ? mail.signupUrl : '',
    space: 'space' in mail && mail.space ? mail.space : '',
  };
  const lines = body.map((p) => localize(p, lang, params));
  const message = 'message' in mail ? mail.message : null;
  if (message)
    lines.push(`${lang === 'fr' ? 'Message du gestionnaire' : "Manager's message"} : ${message}`);
  lines.push(portalUrl, '', localize(SIGNATURE, lang));
  return { to, subject: localize(subject, lang), text: lines.join('\n\n') };
}
