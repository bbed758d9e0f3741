/**
 * Flying the camera to a node so that it lands in the middle of the part of the graph the side
 * panel leaves visible (left of the panel on a wide screen, above it on a phone).
 */
import type { ViewerRenderer } from './create-renderer';
import type { ViewGraph } from './view-graph';

/** How far (in pixels) the free area's centre is from the container's centre. */
export function panelOffset(container: HTMLElement, panel: HTMLElement): { dx: number; dy: number } {
  if (panel.hidden) return { dx: 0, dy: 0 };
  const view = container.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  if (box.left > view.left + view.width / 3) return { dx: Math.max(0, view.right - box.left) / 2, dy: 0 };
  return { dx: 0, dy: Math.max(0, view.bottom - box.top) / 2 };
}

export function flyToNode(renderer: ViewerRenderer, graph: ViewGraph, key: string, offset: { dx: number; dy: number }): void {
  if (!graph.hasNode(key)) return;
  // From the graph position, not getNodeDisplayData: right after a refresh that still holds
  // unnormalised positions.
  const node = renderer.viewportToFramedGraph(renderer.graphToViewport(graph.getNodeAttributes(key)));
  const camera = renderer.getCamera();
  const goal = { x: node.x, y: node.y, ratio: Math.min(camera.ratio, 0.35), angle: camera.angle };
  const { width, height } = renderer.getDimensions();
  // Aim at the point that, with the node centred, sits as far right/down as the node must move left/up.
  const aim = renderer.viewportToFramedGraph({ x: width / 2 + offset.dx, y: height / 2 + offset.dy }, { cameraState: goal });
  camera.animate({ ...goal, x: aim.x, y: aim.y }, { duration: 500 });
}
