import type { PictureFrame } from './picture-frame';

const PNG_DATA_URL = 'data:image/png;base64,';

/**
 * The picture as a PNG, base64-encoded: the SVG drawn on a canvas at the frame's pixel ratio
 * (twice the graph's pixels, fewer for a graph too large for one canvas).
 */
export async function svgToPngBase64(svg: string, frame: PictureFrame): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * frame.pngPixelRatio);
  canvas.height = Math.round(frame.height * frame.pngPixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the picture');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  // toBlob, not toDataURL: Chromium encodes the PNG off the main thread, so the window stays live.
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('this browser cannot write a PNG');
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('the PNG could not be read back'));
    reader.readAsDataURL(blob);
  });
  if (!url.startsWith(PNG_DATA_URL)) throw new Error('this browser cannot write a PNG');
  return url.slice(PNG_DATA_URL.length);
}
