// The OData feed as mounted in the API server: /api/v1/odata/{purpose}/…, behind the server's
// authentication (API key or bearer token) and the governance grant for gold.<id>.
import type { ServerPlugin } from '../build-server.js';
import { governedGoldSource } from './governed-gold-source.js';
import { odataFeed, type ODataFeedOptions } from './odata-plugin.js';

/** Below the API base path: one OData service per purpose, e.g. /api/v1/odata/beleidsonderzoek/. */
export const ODATA_PREFIX = '/odata';

export function odataServerPlugin(options: Omit<ODataFeedOptions, 'source'> = {}): ServerPlugin {
  return {
    prefix: ODATA_PREFIX,
    // called directly (not registered) so the feed's error and not-found handlers own this prefix
    plugin: async (app, { context }) => odataFeed(app, { ...options, source: governedGoldSource(context) }),
  };
}
