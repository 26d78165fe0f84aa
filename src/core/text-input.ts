/**
 * Turns the bytes of a file into article text, or a polite refusal.
 * Articles are UTF-8 plain text; anything else (a PDF, an image, a huge dump) is refused
 * with a message a person can act on rather than being analysed into nonsense.
 */

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodedArticle {
  const tooLarge = sizeRefusal(bytes.length, maxBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };
  // A NUL byte never occurs in text; it is the cheapest reliable sign of a binary file.
  if (bytes.indexOf(0) !== -1) {
    return { ok: false, reason: 'looks binary (it contains NUL bytes), not a plain-text article' };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text; save it as UTF-8 and try again' };
  }
  // TextDecoder drops a leading byte-order mark, as VS Code does for the document text,
  // so offsets from the CLI and from the editor agree.
  return { ok: true, text };
}

/** Why a file of this size is refused, or null when it is small enough. */
export function sizeRefusal(byteLength: number, maxBytes: number): string | null {
  if (byteLength <= maxBytes) return null;
  return `is ${formatSize(byteLength)}, over the ${formatSize(maxBytes)} limit for articles (setting articleAnnotator.maxFileSizeMB, CLI --max-size)`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
