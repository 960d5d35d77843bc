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
  | 'backTitle'
  | 'providerSaid'
  | 'failDiscovery'
  | 'failNoPending'
  | 'failProvider'
  | 'failState'
  | 'failNoCode'
  | 'failTokenRefused'
  | 'failNoToken'
  | 'failNoRoles'
  | 'failOther'
  | 'tryAgain';

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
    signedInAs: 'U bent ingelogd als {name}, met de rol {roles}.',
    back: 'Naar het overzicht',
    backTitle: 'Terug van het inloggen',
    providerSaid: '(melding van de aanbieder: {detail})',
    failDiscovery: 'de inlogdienst is niet bereikbaar of geeft geen geldige instellingen.',
    failNoPending: 'er was geen inlogpoging bezig in dit tabblad. Begin opnieuw vanaf de inlogpagina.',
    failProvider: 'de inlogdienst heeft het inloggen geweigerd.',
    failState:
      'het antwoord van de inlogdienst hoort niet bij uw inlogpoging (de controlewaarde klopt niet). Om veiligheidsredenen is het geweigerd.',
    failNoCode: 'de inlogdienst stuurde geen code terug.',
    failTokenRefused:
      'de inlogdienst weigerde de code in te wisselen voor een token (de PKCE-controle of de code klopt niet).',
    failNoToken: 'de inlogdienst gaf geen token terug.',
    failNoRoles:
      'uw account heeft geen rol voor dit platform (claim {claim}). Vraag de beheerder om een rol.',
    failOther: 'er ging iets onverwachts mis.',
    tryAgain: 'Opnieuw inloggen',
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
    signedInAs: 'You are signed in as {name}, with the role {roles}.',
    back: 'To the overview',
    backTitle: 'Back from signing in',
    providerSaid: '(the provider said: {detail})',
    failDiscovery: 'the sign-in service cannot be reached or gives no valid settings.',
    failNoPending: 'no sign-in was in progress in this tab. Start again from the sign-in page.',
    failProvider: 'the sign-in service refused the sign-in.',
    failState:
      "the sign-in service's answer does not belong to your sign-in (the check value does not match). It was refused for your safety.",
    failNoCode: 'the sign-in service sent no code back.',
    failTokenRefused:
      'the sign-in service refused to exchange the code for a token (the PKCE check or the code is wrong).',
    failNoToken: 'the sign-in service gave no token.',
    failNoRoles: 'your account has no role on this platform (claim {claim}). Ask the administrator for one.',
    failOther: 'something unexpected went wrong.',
    tryAgain: 'Sign in again',
  },
};
