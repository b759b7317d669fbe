// The current map as a PNG with its title, legend and source line, so a picture is never shared without
// the key to read it or the credit the licence asks for.
// The map's pixels come from whichever renderer is on screen (MapRenderer.snapshot), so the export works
// before MapLibre has taken over and where there is no WebGL.
import type { LayerScale } from '../indicators/scales';
import { fileSlug } from '../format';

export interface PngFrame {
  title: string;
  subtitle: string;
  source: string;
}

const PAD = 16;
const TITLE_PX = 22;
const TEXT_PX = 13;
const LINE = 20;

function hatch(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  context.save();
  context.beginPath();
  context.rect(x, y, w, h);
  context.clip();
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, w, h);
  context.strokeStyle = '#5a5a5a';
  context.lineWidth = 1.5;
  for (let offset = -h; offset < w; offset += 5) {
    context.beginPath();
    context.moveTo(x + offset, y + h);
    context.lineTo(x + offset + h, y);
    context.stroke();
  }
  context.restore();
}

/** The file's name: the layer, and the selected area where there is one ("health-gap-map-luf-kingston-upon-hull.png"). */
export function pngFileName(layer: string, area: string | null): string {
  const slug = area ? fileSlug(area) : '';
  return `health-gap-map-${layer}${slug ? `-${slug}` : ''}.png`;
}

/** `mapImage` is the map as drawn, at `devicePixelRatio` pixels per CSS pixel. */
export async function mapPng(mapImage: HTMLCanvasElement, scale: LayerScale, frame: PngFrame): Promise<Blob> {
  const ratio = window.devicePixelRatio || 1;
  const mapWidth = mapImage.width / ratio;
  const mapHeight = mapImage.height / ratio;
  const legendRows = [...scale.classes.map((c) => ({ colour: c.colour as string | null, label: `${c.label}  (${c.count})` })), { colour: null, label: `No data  (${scale.noDataCount})` }];
  const headerHeight = PAD + TITLE_PX + 6 + TEXT_PX + PAD;
  const footerHeight = PAD + TEXT_PX + PAD;
  const width = Math.round(mapWidth);
  const height = Math.round(headerHeight + mapHeight + footerHeight);

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#111111';
  context.font = `bold ${TITLE_PX}px system-ui, sans-serif`;
  context.textBaseline = 'top';
  context.fillText(frame.title, PAD, PAD, width - 2 * PAD);
  context.font = `${TEXT_PX}px system-ui, sans-serif`;
  context.fillText(frame.subtitle, PAD, PAD + TITLE_PX + 6, width - 2 * PAD);
  context.drawImage(mapImage, 0, headerHeight, mapWidth, mapHeight);

  const legendWidth = 260;
  const legendHeight = PAD + LINE * (legendRows.length + (scale.england ? 1 : 0)) + PAD;
  const lx = PAD;
  const ly = headerHeight + mapHeight - legendHeight - PAD;
  context.fillStyle = 'rgba(255,255,255,0.94)';
  context.fillRect(lx, ly, legendWidth, legendHeight);
  context.strokeStyle = '#999999';
  context.strokeRect(lx, ly, legendWidth, legendHeight);
  legendRows.forEach((row, i) => {
    const y = ly + PAD + i * LINE;
    if (row.colour) {
      context.fillStyle = row.colour;
      context.fillRect(lx + PAD, y, 22, 14);
    } else {
      hatch(context, lx + PAD, y, 22, 14);
    }
    context.strokeStyle = '#767676';
    context.strokeRect(lx + PAD, y, 22, 14);
    context.fillStyle = '#111111';
    context.fillText(row.label, lx + PAD + 30, y, legendWidth - 2 * PAD - 30);
  });
  if (scale.england) {
    context.fillText(`${scale.england.label} is in class ${scale.england.classIndex + 1}`, lx + PAD, ly + PAD + legendRows.length * LINE);
  }
  context.fillStyle = '#333333';
  context.fillText(frame.source, PAD, headerHeight + mapHeight + PAD, width - 2 * PAD);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}
