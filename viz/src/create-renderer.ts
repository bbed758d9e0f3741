/**
 * The sigma renderer with the viewer's programs and settings: one node program per shape
 * (circle, square, ring), arrows for relations and stance edges, and the reducers that read the
 * viewer state. Settings follow sigma's own shape: a typed object, defaults, one place to build it.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { NodeCircleProgram } from 'sigma/rendering';
import { NodeSquareProgram } from '@sigma/node-square';
import { createNodeBorderProgram } from '@sigma/node-border';
import { createEdgeReducer, createNodeReducer } from './reducers';
import type { ViewEdge, ViewGraph, ViewNode } from './view-graph';
import type { ViewerState } from './viewer-state';

export type ViewerRenderer = Sigma<ViewNode, ViewEdge>;

export const NodeRingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.35 }, color: { attribute: 'color' } },
    { size: { fill: true }, color: { value: '#ffffff' } },
  ],
});

export const VIEWER_SETTINGS: Partial<Settings<ViewNode, ViewEdge>> = {
  defaultNodeType: 'circle',
  defaultEdgeType: 'line',
  renderEdgeLabels: false,
  hideEdgesOnMove: true,
  labelRenderedSizeThreshold: 6,
  labelDensity: 0.7,
  labelFont: 'system-ui, sans-serif',
  // No zIndex sorting: it costs a sort of every edge per refresh; hover greys the rest instead.
  zIndex: false,
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
};

export function createRenderer(graph: ViewGraph, container: HTMLElement, getState: () => ViewerState): ViewerRenderer {
  return new Sigma<ViewNode, ViewEdge>(graph, container, {
    ...VIEWER_SETTINGS,
    nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram, ring: NodeRingProgram },
    nodeReducer: createNodeReducer(graph, getState) as Settings<ViewNode, ViewEdge>['nodeReducer'],
    edgeReducer: createEdgeReducer(graph, getState) as Settings<ViewNode, ViewEdge>['edgeReducer'],
  });
}
