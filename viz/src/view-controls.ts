/**
 * Zoom, fit and PNG buttons and the keyboard shortcuts: `/` search, `+` `-` zoom, `0` fit,
 * Esc closes the panel, arrow keys pan while the graph has focus. Keys typed in a text field
 * stay in the field.
 */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { ViewerRenderer } from './create-renderer';
import { byId } from './dom';

export function attachViewControls(renderer: ViewerRenderer, elements: { container: HTMLElement; search: HTMLInputElement }, onEscape: () => void): void {
  const camera = renderer.getCamera();
  const zoomIn = () => camera.animatedZoom({ duration: 250 });
  const zoomOut = () => camera.animatedUnzoom({ duration: 250 });
  const fit = () => camera.animatedReset({ duration: 300 });
  const pan = (dx: number, dy: number) => {
    const state = camera.getState();
    camera.animate({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio }, { duration: 150 });
  };
  byId('zoom-in').addEventListener('click', zoomIn);
  byId('zoom-out').addEventListener('click', zoomOut);
  byId('zoom-fit').addEventListener('click', fit);
  byId('export-png').addEventListener('click', () => {
    void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'knowledge-graph', backgroundColor: '#ffffff' });
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' || event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case '/':
        event.preventDefault();
        elements.search.focus();
        return;
      case '+':
      case '=':
        zoomIn();
        return;
      case '-':
        zoomOut();
        return;
      case '0':
        fit();
        return;
      case 'Escape':
        onEscape();
        return;
    }
    if (target !== elements.container) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, 0.1], ArrowDown: [0, -0.1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    pan(...move);
  });
}
