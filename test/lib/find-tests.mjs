// Lists test files below the given folders (Node 20's --test does not expand folders of .ts).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function findTests(dirs, suffix = '.test.ts') {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries.sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(suffix)) out.push(full);
    }
  };
  dirs.forEach(walk);
  return out;
}
