import { BODY } from '../../test/fixtures/announcements';
import type { Block } from './body';
import { clip } from './clip';
import {
  BODY_LIMITS,
  bodySchema,
  excerpt,
  keywordPattern,
  linksOf,
  plainText,
  richTextNodes,
  searchText,
  thing,
  titleSchema,
} from './body';
import { chunkText } from './effects';

const issue = (v: unknown) => {
  const r = bodySchema.safeParse(v);
  return r.success ? null : r.error.issues[0].message;
};
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('the body is structured blocks, never HTML', () => {
  it('accepts paragraphs, headings, lists with one nested level, and links to clauses, rounds and briefings', () => {
    expect(issue(BODY)).toBeNull();
    expect(
      issue([
        para(
          { text: '见' },
          { text: '评审轮次', link: { kind: 'round', id: 'r-2026' } },
          { text: '和' },
          { text: '宣讲', link: { kind: 'briefing', id: 'b1' } },
        ),
      ]),
    ).toBeNull();
  });

  it('a link is a clause, a round or a briefing — no URL, scheme or extra attribute can be expressed', () => {
    expect(issue([para({ text: '点我', link: { kind: 'url', href: 'javascript:alert(1)' } })])).toBe(
      '只能链接到政策条款、评审轮次或宣讲，不能填写网址',
    );
    expect(issue([para({ text: '点我', link: { kind: 'round', id: 'javascript:alert(1)' } })])).toBe('链接的评审轮次编号不正确');
    expect(issue([para({ text: '点我', link: { kind: 'clause', clause: '第十条' } })])).toBe('链接的条款不存在，请从条款列表中选择');
    expect(issue([para({ text: '点我', link: { kind: 'clause', clause: '第二条', href: 'https://evil.example' } })])).not.toBeNull();
    expect(issue([para({ text: '点我', href: 'javascript:alert(1)' })])).not.toBeNull();
    expect(issue([para({ text: '点我', link: 'https://example.com' })])).toBe('只能链接到政策条款、评审轮次或宣讲，不能填写网址');
  });

  it('refuses raw HTML blocks, unknown block types and attributes', () => {
    expect(issue([{ type: 'html', html: '<script>alert(1)</script>' }])).toBe('正文只能包含段落、小标题和列表');
    expect(issue(['<p>hi</p>'])).toBe('正文只能包含段落、小标题和列表');
    expect(issue([{ type: 'paragraph', content: [{ text: 'a' }], style: 'color:red' }])).not.toBeNull();
    expect(issue('<p>hi</p>')).toBe('正文格式不正确');
  });

  it('a script in the text stays text: in plain text, in rich-text nodes (text nodes only), never an element', () => {
    const body = bodySchema.parse([para({ text: '<script>alert(1)</script><a href="javascript:x">x</a>' })]);
    expect(plainText(body)).toBe('<script>alert(1)</script><a href="javascript:x">x</a>');
    const nodes = richTextNodes(body);
    expect(nodes).toEqual([
      { name: 'p', attrs: { class: 'ann-p' }, children: [{ type: 'text', text: '<script>alert(1)</script><a href="javascript:x">x</a>' }] },
    ]);
    const names = JSON.stringify(nodes).match(/"name":"(\w+)"/g);
    expect(names).toEqual(['"name":"p"']);
  });

  it('bounds nesting, counts and sizes', () => {
    const deep = [
      {
        type: 'list',
        style: 'bulleted',
        items: [
          {
            content: [{ text: '一' }],
            children: { style: 'bulleted', items: [{ content: [{ text: '二' }], children: { style: 'bulleted', items: [] } }] },
          },
        ],
      },
    ];
    expect(issue(deep)).toBe('列表格式不正确（列表最多嵌套两层）');
    expect(issue(Array.from({ length: BODY_LIMITS.maxBlocks + 1 }, () => para({ text: '段' })))).toBe(
      `正文最多 ${BODY_LIMITS.maxBlocks} 段`,
    );
    expect(issue([para({ text: '字'.repeat(BODY_LIMITS.maxInlineChars + 1) })])).toBe('一段文字不超过 2000 个字');
    expect(issue(Array.from({ length: 6 }, () => para({ text: '字'.repeat(2000) })))).toBe('正文不超过 10000 个字（现在 12000 个字）');
    expect(issue([para()])).toBe('正文中有空白的段落，请删除');
    expect(issue([para({ text: '' })])).toBe('正文中有空白的文字段，请删除');
    expect(issue([para({ text: '第一行\n第二行' })])).toBe('正文中不能有换行符等控制字符，换行请另起一段');
    expect(issue([{ type: 'heading', level: 3, text: '三级' }])).toBe('标题级别应为 1 或 2');
    expect(issue([{ type: 'list', style: 'bulleted', items: Array.from({ length: 31 }, () => ({ content: [{ text: '项' }] })) }])).toBe(
      '一个列表最多 30 项',
    );
  });

  it('titles are one line, 2 to 60 characters', () => {
    expect(titleSchema.safeParse('通知').success).toBe(true);
    expect(titleSchema.safeParse('通').error?.issues[0].message).toBe('标题至少 2 个字');
    expect(titleSchema.safeParse('题'.repeat(61)).error?.issues[0].message).toBe('标题不超过 60 个字');
    expect(titleSchema.safeParse('一\n二').error?.issues[0].message).toBe('标题不能包含换行符等控制字符');
  });
});

describe('renderings: plain text, subscribe `thing`, search', () => {
  it('plain text lines with list marks and indented nested items', () => {
    expect(plainText(BODY)).toBe(
      '申报须知\n2026 年度社会化职称评审开始申报，直接申报中级的条件见政策。\n1. 网上注册\n2. 单位审核公示\n  - 公示 5 个工作日',
    );
    expect(excerpt(BODY, 14)).toBe('申报须知 2026 年度社…');
    expect(excerpt(BODY)).toBe(
      '申报须知 2026 年度社会化职称评审开始申报，直接申报中级的条件见政策。 网上注册 单位审核公示 公示 5 个工作日',
    );
  });

  it('a `thing` is at most 20 characters, counted as a person counts them', () => {
    expect(thing('关于开展2026年度非公领域专业技术人员职称申报工作的通知')).toBe('关于开展2026年度非公领域专业技术人…');
    expect(Array.from(thing('关于开展2026年度非公领域专业技术人员职称申报工作的通知'))).toHaveLength(20);
    expect(thing('短标题')).toBe('短标题');
    expect(thing('   ')).toBe('—');
    expect(clip('𠀀'.repeat(25), 20)).toHaveLength(20 * 2 - 1);
  });

  it('search text folds width and case; a keyword becomes a literal pattern', () => {
    const s = searchText({ title: 'ＡＢＣ 申报通知', body: BODY, attachments: [{ name: '目录单.PDF' }] });
    expect(s.startsWith('abc 申报通知 申报须知')).toBe(true);
    expect(s.endsWith('目录单.pdf')).toBe(true);
    expect(keywordPattern('a.b*(c)')).toBe('a\\.b\\*\\(c\\)');
    expect(new RegExp(keywordPattern('(2026)')).test(normalize('（2026）'))).toBe(true);
  });

  it('links of a body, for the function to check rounds and briefings exist', () => {
    const body: Block[] = [
      { type: 'paragraph', content: [{ text: 'a', link: { kind: 'round', id: 'r1' } }] },
      {
        type: 'list',
        style: 'bulleted',
        items: [
          {
            content: [{ text: 'b' }],
            children: { style: 'bulleted', items: [{ content: [{ text: 'c', link: { kind: 'briefing', id: 'b1' } }] }] },
          },
        ],
      },
    ];
    expect(linksOf(body)).toEqual([
      { kind: 'round', id: 'r1' },
      { kind: 'briefing', id: 'b1' },
    ]);
  });

  it('text for the content check is cut into chunks of at most 2,500 characters at line ends', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(200, '字')).join('\n');
    const chunks = chunkText(text);
    expect(chunks.every((c) => Array.from(c).length <= 2500)).toBe(true);
    expect(chunks.join('\n')).toBe(text);
  });
});

function normalize(s: string) {
  return s.normalize('NFKC').toLowerCase();
}
