/**
 * Turns a rendered pdf-lib document into a Factur-X PDF/A-3B: the CII attached as factur-x.xml
 * (AFRelationship /Alternative, listed in /AF and /Names/EmbeddedFiles), the XMP packet with the
 * Factur-X extension schema, an sRGB output intent (the rendering uses DeviceRGB), a file
 * identifier, and Info entries equal to their XMP counterparts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { AFRelationship, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { buildXmp } from './xmp-write';
import type { XmpFields } from './xmp-write';

const RESOURCES = fileURLToPath(new URL('../../resources/', import.meta.url));

let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;
let iccBytes: Uint8Array | undefined;

function loadFonts(): { regular: Uint8Array; bold: Uint8Array } {
  fontBytes ??= {
    regular: readFileSync(`${RESOURCES}dejavu-fonts/DejaVuSans.ttf`),
    bold: readFileSync(`${RESOURCES}dejavu-fonts/DejaVuSans-Bold.ttf`),
  };
  return fontBytes;
}

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;
const parsedFonts = new Map<Uint8Array, FontkitFont>();

/**
 * fontkit parses the font's tables again for every document; our two fonts never change, so their
 * parsed form is kept for the process (it is only read when subsetting) and writing gets faster.
 */
const cachingFontkit: Fontkit = {
  create(buffer, postscriptName) {
    let font = parsedFonts.get(buffer);
    if (!font) {
      font = fontkit.create(buffer, postscriptName);
      parsedFonts.set(buffer, font);
    }
    return font;
  },
};

/** Embeds DejaVu Sans (subsets: PDF/A requires every font embedded; subsets keep the file small). */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(cachingFontkit);
  const bytes = loadFonts();
  const [regular, bold] = await Promise.all([
    // Named with a fixed subset tag (ISO 32000-1, 9.6.4) rather than pdf-lib's random suffix, so the
    // same invoice always gives the same file.
    doc.embedFont(bytes.regular, { subset: true, customName: 'CHORAA+DejaVuSans' }),
    doc.embedFont(bytes.bold, { subset: true, customName: 'CHORAB+DejaVuSans-Bold' }),
  ]);
  return { regular, bold };
}

export interface ContainerOptions extends XmpFields {
  xml: Uint8Array;
}

export async function finishPdfA3(doc: PDFDocument, o: ContainerOptions): Promise<Uint8Array> {
  const { context, catalog } = doc;
  await doc.attach(o.xml, o.documentFileName, {
    mimeType: 'text/xml',
    description: 'Factur-X invoice',
    creationDate: o.date,
    modificationDate: o.date,
    afRelationship: AFRelationship.Alternative,
  });

  doc.setTitle(o.title, { showInWindowTitleBar: true });
  doc.setAuthor(o.author);
  doc.setSubject(o.subject);
  doc.setCreator(o.creatorTool);
  doc.setProducer(o.producer);
  doc.setCreationDate(o.date);
  doc.setModificationDate(o.date);
  doc.setLanguage(o.lang);

  // PDF/A: the metadata stream must not be compressed, so that it stays readable without a PDF parser.
  const xmp = new TextEncoder().encode(buildXmp(o));
  const metadata = context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));

  iccBytes ??= readFileSync(`${RESOURCES}srgb-icc/sRGB.icc`);
  const icc = context.flateStream(iccBytes, { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(icc),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  // PDF/A requires a file identifier; derive it from the content so equal invoices give equal files.
  const id = createHash('md5').update(o.xml).update(o.date.toISOString()).digest('hex');
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
