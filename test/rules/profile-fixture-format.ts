/** The marker format of profile fixtures (see profile-fixtures.test.ts). */

const MARKERS = /\s*((?:\{@?[a-z0-9-]+\})+)[ \t]*$/;

/** The text without markers, and the expected `line:rule` findings and `section@line` matches. */
export function parseProfileFixture(raw: string): { text: string; findings: string[]; sections: string[] } {
  const findings: string[] = [];
  const sections: string[] = [];
  const parts = raw.split(/(\r\n|\r|\n)/);
  for (let i = 0; i < parts.length; i += 2) {
    const m = MARKERS.exec(parts[i]);
    if (!m) continue;
    for (const id of m[1].slice(1, -1).split('}{')) {
      if (id.startsWith('@')) sections.push(`${id.slice(1)}@${i / 2 + 1}`);
      else findings.push(`${i / 2 + 1}:${id}`);
    }
    parts[i] = parts[i].slice(0, m.index);
  }
  return { text: parts.join(''), findings: findings.sort(), sections: sections.sort() };
}
