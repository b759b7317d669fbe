// Saves a chart on the page as a file: reads the <svg> as the browser draws it (computed styles written into
// each element), frames it with chartExport.ts, and downloads it as an SVG or, rasterised at twice its size, a
// PNG. Needs the page; e2e/chart-export.spec.ts checks the files it makes.
import { chartFileName, escapeXml, standaloneSvg, styleAttribute, type ChartBody, type ChartFrame } from './chartExport';
import { downloadBlob } from './download';

/** Attributes that belong to the page (its classes, focus, test ids), not to the picture. */
const PAGE_ATTRIBUTE = /^(class|style|tabindex|role|aria-.*|data-testid|on.*)$/;

/** The chart's SVG as drawn, with its computed styles written into each element. Needs the page. */
export function chartBody(svg: SVGSVGElement): ChartBody {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const walk = (original: Element, copy: Element, parent: CSSStyleDeclaration | null): void => {
    const computed = getComputedStyle(original);
    if (computed.display === 'none') {
      copy.remove();
      return;
    }
    for (const name of copy.getAttributeNames()) if (PAGE_ATTRIBUTE.test(name)) copy.removeAttribute(name);
    const style = styleAttribute(
      (property) => computed.getPropertyValue(property),
      parent && ((property) => parent.getPropertyValue(property)),
    );
    if (style) copy.setAttribute('style', style);
    const originals = [...original.children].filter((child) => !['title', 'desc'].includes(child.localName));
    const copies = [...copy.children].filter((child) => !['title', 'desc'].includes(child.localName));
    originals.forEach((child, i) => walk(child, copies[i]!, computed));
  };
  walk(svg, clone, null);
  // Svelte's anchors are empty comments: of no use in a file.
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const node of found) node.parentNode?.removeChild(node);
  const rootStyle = clone.getAttribute('style');
  const serializer = new XMLSerializer();
  // Each child serialised alone repeats the namespace the file's root already declares.
  const content = [...clone.childNodes].map((node) => serializer.serializeToString(node).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '')).join('');
  // The root's own inherited styles go on a group, since the nested <svg> carries only geometry.
  return {
    viewBox: svg.getAttribute('viewBox') ?? `0 0 ${box.width} ${box.height}`,
    width: box.width,
    height: box.height,
    content: rootStyle ? `<g style="${escapeXml(rootStyle)}">${content}</g>` : content,
  };
}

/** The SVG drawn onto a canvas `scale` times its size: no network, the image is a data: URL. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'));
}

/** Saves the chart on the page as an SVG or PNG file named from `nameParts`. */
export async function saveChart(svg: SVGSVGElement, frame: ChartFrame, nameParts: readonly string[], format: 'svg' | 'png'): Promise<void> {
  const file = standaloneSvg(chartBody(svg), frame);
  const blob = format === 'svg' ? new Blob([file.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(file.svg, file.width, file.height);
  downloadBlob(blob, chartFileName(nameParts, format));
}
