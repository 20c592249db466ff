/**
 * GB/T 9704-2012 《党政机关公文格式》 as numbers the exporter uses. Sizes in twentieths of a
 * point (twips) unless named otherwise; font sizes in half-points as OOXML writes them.
 */

const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

/** A4, portrait. */
export const PAGE = { width: twips(210), height: twips(297) };
/** 天头 37 mm, 下白边 35 mm, 订口 28 mm, 翻口 26 mm: 版心 156 mm × 225 mm. */
export const MARGIN = { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) };
/**
 * The page number's dash lies 7 mm below the type area; Word places a footer's last line at
 * `footer` above the page edge, so 35 − 7 mm less one 4号 line (about 6 mm).
 */
export const FOOTER_DISTANCE = twips(22);
export const HEADER_DISTANCE = twips(15);

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 225 mm / 22 lines = 28.95 pt a line: the fixed line spacing, and the grid's line pitch. */
export const LINE_PITCH = 579;

/** 号 sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 };

/** One character of the grid: 156 mm / 28 in twips (15.79 pt; 3号 is 16 pt). */
export const CHAR_PITCH = (PAGE.width - MARGIN.left - MARGIN.right) / CHARS_PER_LINE;

/**
 * 28 characters of 3号 (16 pt) are 448 pt, the line is 442.2 pt: each character is condensed by
 * 0.25 pt (5 twips), so 28 fit (441 pt) and 29 do not (456.75 pt). Word's `linesAndChars` grid
 * would do the same through `charSpace`, but LibreOffice snaps every 16 pt character in such a
 * grid to two cells of 15.79 pt (14 characters a line): the grid stays a line grid (22 lines of
 * 28.95 pt) and the character pitch comes from this spacing, which every program honours.
 */
export const CHAR_CONDENSE = -5;

/** The fonts, with what Word and WPS use where they are not installed (fontTable `altName`). */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
};

/** fontTable.xml entries: each font with the one Word and WPS take when it is missing. */
export const FONT_TABLE: Array<{ name: string; altName: string; family: string }> = [
  { name: '方正小标宋简体', altName: '宋体', family: 'script' },
  { name: '仿宋_GB2312', altName: '仿宋', family: 'modern' },
  { name: '仿宋', altName: 'FangSong', family: 'modern' },
  { name: '楷体_GB2312', altName: '楷体', family: 'modern' },
  { name: '楷体', altName: 'KaiTi', family: 'modern' },
  { name: '黑体', altName: 'SimHei', family: 'modern' },
  { name: '宋体', altName: 'SimSun', family: 'auto' },
];
