/**
 * /device-check/speed.bin: 1 MB the device check downloads from the site itself to measure the
 * connection (nothing goes to another site). Pseudo-random bytes, so a server's compression cannot
 * shrink it; the same bytes every build (fixed seed), so builds stay reproducible.
 */
import type { APIRoute } from 'astro';

export const SPEED_FILE_BYTES = 1024 * 1024;

export const GET: APIRoute = () => {
  const bytes = new Uint8Array(SPEED_FILE_BYTES);
  let state = 0x2545f491;
  for (let i = 0; i < bytes.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
};
