import { webcrypto } from 'node:crypto';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { Application, setNodeDependencies } from 'xadesjs';
import xpath from 'xpath';

let ready = false;

/** xadesjs needs a DOM, XPath and WebCrypto; in Node they are given once, here. */
export function setupXmlEngine(): void {
  if (ready) return;
  setNodeDependencies({ DOMParser, XMLSerializer, xpath });
  Application.setEngine('NodeJS', webcrypto as unknown as Crypto);
  ready = true;
}
