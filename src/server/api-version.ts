/** The API's version: the major is in the base path, the full SemVer in every `API-Version` header. */
export const API_VERSION = '1.0.0';
export const API_BASE = '/api/v1';
