/**
 * QR codes as inline SVG, made at build time (the `qrcode` package), for the printed memo: a parent
 * points the phone camera at the paper and lands on the guide or the timetable.
 */
import QRCode from 'qrcode';

/**
 * The SVG of a QR code for a URL. Dark modules on a light background in fixed black and white (not
 * the site's colour variables): phone cameras read inverted or low-contrast codes badly, and the
 * memo is meant for paper. Error correction M survives a crease or a smudge. The SVG is marked
 * decorative because the URL is printed next to it.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg
    .replace(
      '<svg ',
      '<svg class="qr" aria-hidden="true" focusable="false" data-qr-url="' + url.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '" ',
    )
    .trim();
}
