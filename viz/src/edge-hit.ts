/**
 * Which stance arrow a click landed on, by geometry: the drawn holder→target segment nearest to
 * the pointer, within a tolerance in pixels. Pure (positions come through a function), so it is
 * unit-tested without a browser.
 */
import { isEdgeVisible } from './filters';
import type { ViewGraph } from './view-graph';
import type { ViewerState } from './viewer-state';

export interface Point {
  x: number;
  y: number;
}

/** Distance from `p` to the segment `a`–`b`. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The stance (node key) whose drawn holder→target edge passes closest to `point`, if within
 * `tolerance` pixels; null otherwise.
 */
export function findStanceEdgeAt(graph: ViewGraph, state: ViewerState, toViewport: (node: string) => Point, point: Point, tolerance: number): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.rel !== 'STANCE' || !attrs.stance || !isEdgeVisible(graph, edge, attrs, state)) return;
    const distance = distanceToSegment(point, toViewport(source), toViewport(target));
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = attrs.stance;
    }
  });
  return best;
}
