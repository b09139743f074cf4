// Where to write each place's name beside its point so names do not cover
// each other, other points, or run off the map: each label tries a few
// positions around its point, in order, and keeps the one overlapping least.
// Places come most mentioned first, so those get the best positions.

export interface LabelledPoint {
  x: number;
  y: number;
  text: string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelPlacement {
  /** Text anchor point and alignment, as SVG <text> takes them. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface LabelMetrics {
  charWidth: number;
  height: number;
  /** Distance from the point to the text. */
  gap: number;
  /** Radius of the point's dot. */
  radius: number;
}

const DEFAULTS: LabelMetrics = { charWidth: 8, height: 14, gap: 8, radius: 5 };

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, width: number, height: number): number {
  const area = (box.right - box.left) * (box.bottom - box.top);
  return area - overlap(box, { left: 0, top: 0, right: width, bottom: height });
}

/** The candidate placements of one label, best first when nothing is in the way. */
function candidates(p: LabelledPoint, m: LabelMetrics): LabelPlacement[] {
  const w = p.text.length * m.charWidth;
  const h = m.height;
  const baseline = h * 0.3;  // from the middle of the text to its baseline
  const at = (x: number, middleY: number, anchor: LabelPlacement['anchor']): LabelPlacement => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { x, y: middleY + baseline, anchor, box: { left, top: middleY - h / 2, right: left + w, bottom: middleY + h / 2 } };
  };
  return [
    at(p.x + m.gap, p.y, 'start'),
    at(p.x - m.gap, p.y, 'end'),
    at(p.x, p.y - m.gap - h / 2, 'middle'),
    at(p.x, p.y + m.gap + h / 2, 'middle'),
    at(p.x + m.gap, p.y - m.gap - h / 2, 'start'),
    at(p.x + m.gap, p.y + m.gap + h / 2, 'start'),
    at(p.x - m.gap, p.y - m.gap - h / 2, 'end'),
    at(p.x - m.gap, p.y + m.gap + h / 2, 'end'),
  ];
}

export function placeLabels(
  points: LabelledPoint[],
  width: number,
  height: number,
  metrics: Partial<LabelMetrics> = {},
): LabelPlacement[] {
  const m = { ...DEFAULTS, ...metrics };
  const dots: Box[] = points.map((p) => ({ left: p.x - m.radius, top: p.y - m.radius, right: p.x + m.radius, bottom: p.y + m.radius }));
  const placed: Box[] = [];
  return points.map((p) => {
    let best: LabelPlacement | null = null;
    let bestCost = Infinity;
    for (const option of candidates(p, m)) {
      let cost = outside(option.box, width, height) * 4;
      for (const other of placed) cost += overlap(option.box, other) * 2;
      for (const dot of dots) cost += overlap(option.box, dot);
      if (cost < bestCost) {
        best = option;
        bestCost = cost;
      }
    }
    placed.push((best as LabelPlacement).box);
    return best as LabelPlacement;
  });
}
