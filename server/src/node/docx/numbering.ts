/**
 * Word's automatic numbering (`word/numbering.xml`), rendered as the label Word displays: the
 * level's `lvlText` (`%1、`, `（%1）`, `%1.%2`) with each `%N` replaced by level N's counter in its
 * number format. Counters belong to the abstract list and run per level; a deeper level restarts
 * after a shallower one (unless `lvlRestart` says otherwise); a `w:num` instance with a
 * `startOverride` restarts that level the first time the instance is used, which is how Word,
 * LibreOffice and the docx library write "restart numbering".
 */
import { formatNumber } from './num-format';
import { child, children, isOn, parseTree, val, type XmlNode } from './xml';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this one restarts; 0 never; undefined: after any shallower level. */
  restart: number | undefined;
  /** Legal numbering: every `%N` in decimal. */
  isLgl: boolean;
  /** What follows the label: tab (default), space or nothing. */
  suff: string;
  /** The paragraph style this level is linked to (a heading style that numbers itself). */
  pStyle: string | undefined;
}

interface AbstractDef {
  levels: Map<number, LevelDef>;
  /** `w:numStyleLink`: the levels live in the list the named numbering style points to. */
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractDef>;
  nums: Map<string, NumDef>;
}

function readLevel(lvl: XmlNode): LevelDef {
  const restart = val(lvl, 'w:lvlRestart');
  return {
    start: Number(val(lvl, 'w:start') ?? 0) || 0,
    numFmt: val(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: val(lvl, 'w:lvlText') ?? '',
    restart: restart === undefined ? undefined : Number(restart) || 0,
    isLgl: !!child(lvl, 'w:isLgl') && isOn(child(lvl, 'w:isLgl')?.attrs),
    suff: val(lvl, 'w:suff') ?? 'tab',
    pStyle: val(lvl, 'w:pStyle'),
  };
}

/** Reads numbering.xml (absent: no numbering). */
export function parseNumbering(xml: string | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstracts: new Map(), nums: new Map() };
  if (!xml) return defs;
  const root = child(parseTree(xml), 'w:numbering');
  for (const a of children(root, 'w:abstractNum')) {
    const levels = new Map<number, LevelDef>();
    for (const lvl of children(a, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
    defs.abstracts.set(a.attrs['w:abstractNumId'] ?? '', { levels, numStyleLink: val(a, 'w:numStyleLink') });
  }
  for (const n of children(root, 'w:num')) {
    const overrides = new Map<number, { start?: number; level?: LevelDef }>();
    for (const o of children(n, 'w:lvlOverride')) {
      const start = val(o, 'w:startOverride');
      const lvl = child(o, 'w:lvl');
      overrides.set(Number(o.attrs['w:ilvl'] ?? 0), { start: start === undefined ? undefined : Number(start) || 0, level: lvl ? readLevel(lvl) : undefined });
    }
    defs.nums.set(n.attrs['w:numId'] ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', overrides });
  }
  return defs;
}

/**
 * The running counters of one document. `label(numId, ilvl)` is called for each numbered
 * paragraph in document order and returns the text Word shows before it ('' for none).
 */
export class NumberingState {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly applied = new Set<string>();

  /** `styleNumId` resolves a numbering style name (numStyleLink) to the numId it points at. */
  constructor(
    private readonly defs: NumberingDefs,
    private readonly styleNumId: (styleId: string) => string | undefined = () => undefined,
  ) {}

  private abstractOf(numId: string): { id: string; def: AbstractDef } | undefined {
    let id = this.defs.nums.get(numId)?.abstractId;
    for (let hops = 0; id !== undefined && hops < 4; hops++) {
      const def = this.defs.abstracts.get(id);
      if (!def) return undefined;
      if (!def.numStyleLink) return { id, def };
      const linked = this.styleNumId(def.numStyleLink);
      id = linked === undefined ? undefined : this.defs.nums.get(linked)?.abstractId;
    }
    return undefined;
  }

  private level(numId: string, ilvl: number, abs: AbstractDef): LevelDef | undefined {
    return this.defs.nums.get(numId)?.overrides.get(ilvl)?.level ?? abs.levels.get(ilvl);
  }

  /** The level of list `numId` linked to paragraph style `styleId` (0 when none is). */
  levelForStyle(numId: string, styleId: string): number {
    const abs = this.abstractOf(numId);
    if (abs) for (const [ilvl, lvl] of abs.def.levels) if (lvl.pStyle === styleId) return ilvl;
    return 0;
  }

  label(numId: string, ilvl: number): { text: string; suff: string } {
    if (numId === '0' || ilvl < 0 || ilvl > 8) return { text: '', suff: '' };
    const abs = this.abstractOf(numId);
    if (!abs) return { text: '', suff: '' };
    const lvl = this.level(numId, ilvl, abs.def);
    if (!lvl) return { text: '', suff: '' };
    let counts = this.counters.get(abs.id);
    if (!counts) this.counters.set(abs.id, (counts = []));
    const override = this.defs.nums.get(numId)?.overrides.get(ilvl);
    const key = `${numId}:${ilvl}`;
    if (override?.start !== undefined && !this.applied.has(key)) {
      counts[ilvl] = override.start;
      this.applied.add(key);
    } else {
      const current = counts[ilvl];
      counts[ilvl] = current === undefined ? lvl.start : current + 1;
    }
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = this.level(numId, d, abs.def)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl < restart) counts[d] = undefined;
    }
    if (lvl.numFmt === 'bullet') return { text: bulletText(lvl.lvlText), suff: lvl.suff };
    const text = lvl.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const refLevel = at === ilvl ? lvl : this.level(numId, at, abs.def);
      const value = counts![at] ?? refLevel?.start ?? 1;
      return formatNumber(value, lvl.isLgl ? 'decimal' : (refLevel?.numFmt ?? 'decimal'));
    });
    return { text, suff: lvl.suff };
  }
}

/** Symbol and Wingdings bullets are private-use characters: show them as the bullet they draw. */
function bulletText(text: string): string {
  return /^[\uf000-\uf0ff]$/.test(text) ? '•' : text;
}
