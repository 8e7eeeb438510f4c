/** Where a business term was found in the source document. */
export interface SourceLocation {
  /** XPath of the node, with the source's own prefixes, e.g. '/Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity'. */
  xpath: string;
  /** 1-based line of the element's start tag. */
  line?: number;
}

/**
 * Answers where a model path was read from. A model path names a term or group by its EN 16931 id,
 * with 1-based indexes on repeated groups and terms: 'BT-1', 'BG-4', 'BT-29[2]', 'BG-25[2]/BT-129',
 * 'BG-23[1]/BT-116', 'BG-25[1]/BG-27[2]/BT-136'. Singleton groups may be given or left out
 * ('BG-4/BT-27' and 'BT-27' are the same). Scheme attributes have their own ids ('BT-29[1]/BT-29-1'
 * or 'BT-34-1') and locate to the attribute ('.../@schemeID').
 */
export interface SourceMap {
  /** The location of exactly this path, or undefined when the source did not have it. */
  locate(path: string): SourceLocation | undefined;
  /**
   * The location of this path or, when the source did not have it, of its closest recorded ancestor
   * (the group that should have held it), down to the document root.
   */
  locateNearest(path: string): SourceLocation;
}
