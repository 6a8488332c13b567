/**
 * A photo as a phone makes it: 4032×3024 pixels, sensor noise, a JPEG of several megabytes. Used for
 * the sample content (npm run images) and by the CMS browser test, which uploads one the way an
 * editor would. Deterministic: the same seed gives the same bytes.
 */
import sharp from 'sharp';

export async function phonePhoto(seed = 1, width = 4032, height = 3024): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let s = seed;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const noise = (s >> 8) % 25 - 12;
      const i = (y * width + x) * 3;
      // A table (warm, lower half), a window (bright, upper left) and a wall: shapes a photo would have.
      const table = y > height * 0.6;
      const window = x < width * 0.35 && y < height * 0.45;
      const base = table ? [150, 105, 70] : window ? [215, 230, 245] : [200, 190, 170];
      const shade = 1 - (0.25 * y) / height;
      for (let c = 0; c < 3; c++) raw[i + c] = Math.max(0, Math.min(255, Math.round(base[c]! * shade + noise)));
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}
