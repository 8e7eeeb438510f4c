import type { FastifyRequest } from 'fastify';
import { invalidField } from '../errors';
import { isPortalRequest } from './maintenance-gate';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A file sent inside a JSON body (the Chorus Pro API style: `fichierFlux`, `fichierFacture`):
 * strict base64 (whitespace allowed, length a multiple of 4), or a 400 naming the field.
 */
export function decodeBase64File(field: string, text: string): Buffer {
  const clean = text.replace(/\s/g, '');
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) {
    throw invalidField(field, {
      fr: 'le fichier doit être encodé en base64.',
      en: 'the file must be base64-encoded.',
    });
  }
  return Buffer.from(clean, 'base64');
}

/** The channel a deposit came through (Chorus Pro `modeDepot`): the portal's pages, or the API. */
export const channelOf = (request: FastifyRequest): 'portal' | 'api' =>
  isPortalRequest(request) ? 'portal' : 'api';
