import sharp from 'sharp'

/**
 * Demo pictures drawn from SVG by sharp, so the seed needs no network and ships no binaries.
 * Shapes only: text in SVG would depend on the fonts of the machine.
 */
export const drawBanner = async (hue: number, width = 1600, height = 900): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue},70%,42%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},75%,28%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.78}" cy="${height * 0.3}" r="${height * 0.18}" fill="#ffd84d" opacity="0.9"/>
  <polygon points="${width * 0.78},${height * 0.16} ${width * 0.81},${height * 0.26} ${width * 0.91},${height * 0.26} ${width * 0.83},${height * 0.32} ${width * 0.86},${height * 0.42} ${width * 0.78},${height * 0.36} ${width * 0.7},${height * 0.42} ${width * 0.73},${height * 0.32} ${width * 0.65},${height * 0.26} ${width * 0.75},${height * 0.26}" fill="#d62828"/>
  <rect x="${width * 0.08}" y="${height * 0.62}" width="${width * 0.55}" height="${height * 0.06}" rx="12" fill="#ffffff" opacity="0.85"/>
  <rect x="${width * 0.08}" y="${height * 0.74}" width="${width * 0.4}" height="${height * 0.05}" rx="12" fill="#ffffff" opacity="0.6"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
