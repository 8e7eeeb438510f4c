import type { Lang } from '../i18n/i18n';

type Text = Record<Lang, string>;

export interface HelpTopic {
  id: string;
  /** Screens (path prefixes) this topic explains: « Aide sur cet écran » opens it. */
  screens: string[];
  title: Text;
  body: Text[];
}

// The help base, written for Chorale, in French and English. One topic per screen at least.
export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    id: 'accueil',
    screens: ['/'],
    title: { fr: "La page d'accueil et le menu", en: 'The home page and the menu' },
    body: [
      {
        fr: 'Le menu en haut de page ne montre que les espaces que vous détenez : « Mon compte » pour tous, « Activité du gestionnaire » si vous gérez une structure, les espaces de factures selon vos habilitations. Un droit accordé par un gestionnaire apparaît dès la page suivante, sans vous reconnecter.',
        en: 'The menu at the top shows only the espaces you hold: "My account" for everyone, "Manager activity" if you manage a structure, the invoice espaces according to your habilitations. A right granted by a manager shows from the next page, without logging in again.',
      },
    ],
  },
  {
    id: 'creer-structure',
    screens: ['/account/structures'],
    title: { fr: 'Créer une structure', en: 'Create a structure' },
    body: [
      {
        fr: "Dans « Mon compte » → « Mes structures », choisissez le type d'identifiant (SIRET pour une entreprise française : 14 chiffres, clé de contrôle vérifiée), saisissez-le avec la raison sociale, puis « Créer la structure ». Vous en devenez le gestionnaire principal et un service par défaut est créé.",
        en: 'In "My account" → "My structures", choose the identifier type (SIRET for a French company: 14 digits, check digit verified), type it with the company name, then "Create the structure". You become its principal manager and a default service is created.',
      },
      {
        fr: "Si l'opérateur exige une validation, la structure reste « En attente de validation » : vous recevez un e-mail dès qu'elle est validée ou refusée. Si la structure existe déjà, demandez à y être rattaché.",
        en: 'If the operator requires a validation, the structure stays "Awaiting validation": you receive an e-mail once it is validated or refused. If the structure already exists, ask to be attached to it.',
      },
    ],
  },
  {
    id: 'rattachement',
    screens: ['/account/structures'],
    title: { fr: 'Se rattacher à une structure', en: 'Be attached to a structure' },
    body: [
      {
        fr: "Recherchez la structure avec au moins 3 caractères de son identifiant (SIRET) ou sa raison sociale exacte, puis « Demander le rattachement ». Ses gestionnaires acceptent ou refusent ; vous êtes prévenu par e-mail. Une fois rattaché, vous avez l'espace « Factures émises ».",
        en: 'Search the structure with at least 3 characters of its identifier (SIRET) or its exact company name, then "Ask to be attached". Its managers accept or refuse; you are told by e-mail. Once attached, you have the "Issued invoices" espace.',
      },
    ],
  },
  {
    id: 'abonnements',
    screens: ['/account/structures'],
    title: {
      fr: 'Consulter vos abonnements et demander un espace ou plus de droits',
      en: 'Your subscriptions; ask for an espace or more rights',
    },
    body: [
      {
        fr: "Le tableau « Mes structures » liste, pour chaque structure, votre rôle, vos espaces (et ceux en attente) et vos services. Un utilisateur simple ne peut pas étendre ses droits lui-même : il demande un espace ou l'accès à tous les services, et les gestionnaires décident.",
        en: 'The "My structures" table lists, for each structure, your role, your espaces (and those awaited) and your services. A simple user cannot extend their own rights: they ask for an espace or for all services, and the managers decide.',
      },
    ],
  },
  {
    id: 'roles',
    screens: ['/manager', '/account/structures'],
    title: { fr: 'Les rôles', en: 'Roles' },
    body: [
      {
        fr: "Gestionnaire principal : un seul par structure ; il gère tout et peut transférer son rôle. Gestionnaire secondaire : traite les demandes et les utilisateurs, mais ne peut ni accorder ce qu'il n'a pas, ni toucher aux droits du principal, ni devenir principal. Utilisateur simple : utilise ses espaces dans ses services.",
        en: "Principal manager: one per structure; manages everything and can transfer the role. Secondary manager: handles requests and users, but cannot grant what they lack, touch the principal's rights or become principal. Simple user: uses their espaces within their services.",
      },
    ],
  },
  {
    id: 'demandes',
    screens: ['/manager'],
    title: { fr: 'Traiter les demandes (gestionnaires)', en: 'Handle requests (managers)' },
    body: [
      {
        fr: 'Dans « Activité du gestionnaire », choisissez la structure, cochez une ou plusieurs demandes (rattachement, espace, extension de droits), ajoutez si vous le voulez un message, puis acceptez ou refusez. Chaque demandeur reçoit un e-mail.',
        en: 'In "Manager activity", choose the structure, tick one or more requests (attachment, espace, rights extension), add a message if you wish, then accept or refuse. Each requester receives an e-mail.',
      },
    ],
  },
  {
    id: 'habilitations',
    screens: ['/manager'],
    title: {
      fr: 'Gérer les utilisateurs, leurs espaces et leurs services',
      en: 'Manage users, their espaces and services',
    },
    body: [
      {
        fr: "Pour chaque utilisateur, cochez ses espaces et, pour limiter ses habilitations à certaines entités, décochez « Tous les services » puis choisissez ses services. Vous pouvez aussi rattacher quelqu'un par e-mail (une invitation est envoyée s'il n'a pas de compte), le détacher, ou transférer le rôle de gestionnaire principal.",
        en: 'For each user, tick their espaces and, to limit their habilitations to some entities, untick "All services" and choose their services. You can also attach someone by e-mail (an invitation is sent if they have no account), detach them, or transfer the principal manager role.',
      },
      {
        fr: "L'export CSV liste les utilisateurs et leurs habilitations ; l'historique montre qui a fait quoi, et quand.",
        en: 'The CSV export lists users and their habilitations; the history shows who did what, and when.',
      },
    ],
  },
  {
    id: 'services',
    screens: ['/manager'],
    title: { fr: 'Les services', en: 'Services' },
    body: [
      {
        fr: 'Chaque structure a un service par défaut. Les gestionnaires créent des services (code, nom, dates de validité), les modifient ou les désactivent ; le service par défaut reste actif.',
        en: 'Each structure has a default service. Managers create services (code, name, validity dates), edit or deactivate them; the default service stays active.',
      },
    ],
  },
  {
    id: 'operateur',
    screens: ['/operator'],
    title: { fr: 'Administration (opérateur)', en: 'Administration (operator)' },
    body: [
      {
        fr: "L'opérateur valide ou refuse les nouvelles structures (les membres sont prévenus par e-mail) et importe les comptes d'un portail précédent : un fichier CSV « ; » avec email, identifiant, role (principal ou simple). Chaque personne reçoit une invitation, une seule fois même si le fichier est importé deux fois.",
        en: 'The operator validates or refuses new structures (members are told by e-mail) and imports the accounts of a previous portal: a ";" CSV file with email, identifiant, role (principal or simple). Each person receives one invitation, once even if the file is imported twice.',
      },
    ],
  },
  {
    id: 'mon-compte',
    screens: ['/account'],
    title: { fr: 'Mon compte', en: 'My account' },
    body: [
      {
        fr: 'Profil, adresse e-mail de contact, langue, mot de passe, question secrète, double authentification, sessions ouvertes et journal de sécurité : chaque rubrique a sa page dans le menu de gauche.',
        en: 'Profile, contact e-mail, language, password, secret question, two-factor authentication, open sessions and security journal: each has its page in the left menu.',
      },
    ],
  },
  {
    id: 'connexion',
    screens: ['/login', '/signup', '/password'],
    title: { fr: 'Créer un compte, se connecter', en: 'Create an account, log in' },
    body: [
      {
        fr: "Créez votre compte avec votre adresse e-mail ; un lien d'activation (valable 60 minutes) vous permet de choisir votre mot de passe. En cas d'oubli, « Mot de passe oublié » envoie un lien de réinitialisation.",
        en: 'Create your account with your e-mail address; an activation link (valid 60 minutes) lets you choose your password. If you forget it, "Forgot password" sends a reset link.',
      },
    ],
  },
];

/** Lower case without accents, for a search that ignores them. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Topics answering a question: every word counts, a word in the title counts more. */
export function searchHelp(query: string, lang: Lang): HelpTopic[] {
  const words = normalize(query)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
  if (words.length === 0) return [...HELP_TOPICS];
  return HELP_TOPICS.map((topic) => {
    const title = normalize(topic.title[lang]);
    const body = normalize(topic.body.map((b) => b[lang]).join(' '));
    const score = words.reduce(
      (sum, w) => sum + (title.includes(w) ? 3 : 0) + (body.includes(w) ? 1 : 0),
      0,
    );
    return { topic, score };
  })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.topic);
}

/** The topics explaining a screen (longest matching path first). */
export function topicsForScreen(pathname: string): HelpTopic[] {
  const matches = (screen: string) =>
    screen === '/' ? pathname === '/' : pathname === screen || pathname.startsWith(`${screen}/`);
  return HELP_TOPICS.filter((t) => t.screens.some(matches));
}
