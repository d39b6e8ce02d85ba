/**
 * The nine clauses of 包人社办字〔2021〕82号, title only for now (a later issue fills in the text,
 * with legal references for the eligibility rules). Placeholders are marked as such.
 */
export const POLICY_REF = '包人社办字〔2021〕82号';

export const CLAUSES: { no: string; title: string }[] = [
  { no: '第一条', title: '申报渠道' },
  { no: '第二条', title: '（条款标题整理中）' },
  { no: '第三条', title: '（条款标题整理中）' },
  { no: '第四条', title: '（条款标题整理中）' },
  { no: '第五条', title: '（条款标题整理中）' },
  { no: '第六条', title: '（条款标题整理中）' },
  { no: '第七条', title: '（条款标题整理中）' },
  { no: '第八条', title: '（条款标题整理中）' },
  { no: '第九条', title: '（条款标题整理中）' },
];
