import { checkUscc, usccCheckChar } from './uscc';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  // Published codes of real registrants, check characters included.
  it.each(['9144030071526726XG', '91440300708461136T', '91110000600037341L', '91330100716105852F'])('accepts the valid code %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, value: code });
  });

  it('normalizes case and surrounding spaces', () => {
    expect(checkUscc(' 91110000600037341l ')).toEqual({ ok: true, value: '91110000600037341L' });
  });

  it('rejects a wrong check character', () => {
    expect(checkUscc('91110000600037341M')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('rejects a wrong length and letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(checkUscc('9111000060003734')).toEqual({ ok: false, problem: 'length' });
    expect(checkUscc('91110000600037341O')).toEqual({ ok: false, problem: 'charset' });
  });

  it('computes the check character that makes any 17-character body valid', () => {
    const body = '91150203MA0N0Q8X2';
    expect(checkUscc(body + usccCheckChar(body))).toMatchObject({ ok: true });
  });
});
