import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'demoIntro'
  | 'demoUsers'
  | 'signInAs'
  | 'role'
  | 'purposes'
  | 'noDemoUsers'
  | 'oidcIntro'
  | 'oidcButton'
  | 'oidcBusy'
  | 'oidcFailed'
  | 'noLogin'
  | 'signedInAs'
  | 'back'
  | 'backTitle';

export const LOGIN_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Inloggen',
    demoIntro:
      'Dit is de demo (ontwikkelmodus). Kies een gebruiker: elke rol ziet andere gegevens, en persoonsgegevens verschijnen leesbaar, gepseudonimiseerd of helemaal niet.',
    demoUsers: 'Demogebruikers',
    signInAs: 'Inloggen als {name}',
    role: 'Rol',
    purposes: 'Doelen',
    noDemoUsers: 'Er zijn (nog) geen demogebruikers beschikbaar op deze server.',
    oidcIntro: 'Log in met het account van uw organisatie.',
    oidcButton: 'Inloggen via {issuer}',
    oidcBusy: 'U wordt doorgestuurd…',
    oidcFailed: 'Inloggen is niet gelukt: {reason}',
    noLogin:
      'Op deze server is geen manier van inloggen ingesteld. Vraag de beheerder om de OIDC-instellingen.',
    signedInAs: 'U bent ingelogd als {name}.',
    back: 'Naar het overzicht',
    backTitle: 'Terug van het inloggen',
  },
  en: {
    title: 'Sign in',
    demoIntro:
      'This is the demo (development mode). Choose a user: each role sees different data, and personal data appears in clear, pseudonymised or not at all.',
    demoUsers: 'Demo users',
    signInAs: 'Sign in as {name}',
    role: 'Role',
    purposes: 'Purposes',
    noDemoUsers: 'No demo users are available on this server (yet).',
    oidcIntro: "Sign in with your organisation's account.",
    oidcButton: 'Sign in via {issuer}',
    oidcBusy: 'Redirecting…',
    oidcFailed: 'Signing in failed: {reason}',
    noLogin:
      'No way of signing in is configured on this server. Ask the administrator for the OIDC settings.',
    signedInAs: 'You are signed in as {name}.',
    back: 'To the overview',
    backTitle: 'Back from signing in',
  },
};
