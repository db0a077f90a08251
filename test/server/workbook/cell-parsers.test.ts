import { MECHANICS } from '../../../server/src/domain/codes';
import {
  parseBoolean,
  parseCode,
  parseInteger,
  parseList,
  parseMoney,
  parsePercent,
  parseText,
  type CellInput,
} from '../../../server/src/workbook/cell-parsers';

const percentCell = (value: number): CellInput => ({ value, percent: true });
const errorCell: CellInput = { value: null, percent: false, error: '#DIV/0!' };

describe('parseText', () => {
  test.each<[CellInput, string | null]>([
    ['  ＳＴＥＮＴ－０１ ', 'STENT-01'],
    [12345, '12345'],
    [{ value: 'P-2026', percent: false }, 'P-2026'],
    ['', null],
    [null, null],
  ])('%p → %p', (input, expected) => {
    expect(parseText(input)).toEqual({ ok: true, value: expected });
  });

  test('an error cell is an error, not text', () => {
    expect(parseText(errorCell).ok).toBe(false);
  });
});

describe('parseInteger', () => {
  test.each<[CellInput, number | null]>([
    [10, 10],
    ['1,000', 1000],
    ['１０', 10],
    [' 25 ', 25],
    ['10.0', 10],
    ['', null],
  ])('%p → %p', (input, expected) => {
    expect(parseInteger(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellInput]>([['10.5'], [2.5], ['ten'], ['1,0000'], ['5箱'], [errorCell]])(
    'rejects %p',
    (input) => {
      expect(parseInteger(input).ok).toBe(false);
    },
  );

  test.each<[number, boolean]>([
    [0, false],
    [1, true],
    [99, true],
    [100, false],
  ])('priority range 1–99: %p accepted = %p', (input, accepted) => {
    expect(parseInteger(input, { min: 1, max: 99 }).ok).toBe(accepted);
  });
});

describe('parseMoney', () => {
  test.each<[CellInput, string | null]>([
    ['50,000', '50000.00'],
    [50000, '50000.00'],
    ['１２３４.５', '1234.50'],
    ['¥1,234.56', '1234.56'],
    ['￥88', '88.00'],
    ['300元', '300.00'],
    [0.1 + 0.2, '0.30'],
    [0, '0.00'],
    ['', null],
  ])('%p → %p', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellInput]>([['12.345'], ['5,0000'], ['abc'], [-5], ['-0.01'], [errorCell]])(
    'rejects %p',
    (input) => {
      expect(parseMoney(input).ok).toBe(false);
    },
  );

  test('a negative amount when allowed', () => {
    expect(parseMoney('-12.5', { allowNegative: true })).toEqual({ ok: true, value: '-12.50' });
  });
});

describe('parsePercent', () => {
  test.each<[string, CellInput, string | null]>([
    ['a percent-formatted fraction', percentCell(0.105), '10.5'],
    ['a percent-formatted 7% (0.07 × 100 is not exact in floats)', percentCell(0.07), '7'],
    ['text with %', '10%', '10'],
    ['text with decimals', '10.5', '10.5'],
    ['a plain number means points', 10, '10'],
    ['full-width', '１０％', '10'],
    ['zero', '0%', '0'],
    ['one hundred', '100', '100'],
    ['a full percent-formatted cell', percentCell(1), '100'],
    ['empty', '', null],
  ])('%s', (_name, input, expected) => {
    expect(parsePercent(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, CellInput]>([
    ['above 100', '101'],
    ['above 100 when formatted as percent', percentCell(1.5)],
    ['below 0', '-1%'],
    ['not a number', 'ten%'],
    ['an error cell', errorCell],
  ])('rejects %s', (_name, input) => {
    expect(parsePercent(input).ok).toBe(false);
  });
});

describe('parseList', () => {
  test.each<[CellInput, string[]]>([
    ['A,B，C;D；E、F', ['A', 'B', 'C', 'D', 'E', 'F']],
    [' A , , B ', ['A', 'B']],
    ['ＳＫＵ１，ＳＫＵ２', ['SKU1', 'SKU2']],
    ['A, A', ['A']],
    [1001, ['1001']],
    ['', []],
  ])('%p → %p', (input, expected) => {
    expect(parseList(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseBoolean', () => {
  test.each<[CellInput, boolean | null]>([
    ['是', true],
    ['否', false],
    ['y', true],
    ['N', false],
    ['TRUE', true],
    ['false', false],
    [true, true],
    [false, false],
    [1, true],
    ['', null],
  ])('%p → %p', (input, expected) => {
    expect(parseBoolean(input)).toEqual({ ok: true, value: expected });
  });

  test('rejects other words', () => {
    expect(parseBoolean('maybe').ok).toBe(false);
  });
});

describe('parseCode', () => {
  test.each<[CellInput, string | null]>([
    ['百分比折扣', 'PCT_OFF'],
    ['pct_off', 'PCT_OFF'],
    ['  ＰＣＴ＿ＯＦＦ ', 'PCT_OFF'],
    ['阶梯返利', 'TIERED_REBATE'],
    ['', null],
  ])('%p → %p', (input, expected) => {
    expect(parseCode(input, MECHANICS)).toEqual({ ok: true, value: expected });
  });

  test('an unknown code lists the allowed ones', () => {
    const result = parseCode('DISCOUNT', MECHANICS);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('PCT_OFF (百分比折扣)'),
      code: 'UNKNOWN_CODE',
    });
  });
});

describe('failure codes', () => {
  test.each<[string, { ok: boolean; code?: string }, string]>([
    ['text in a whole-number cell', parseInteger('ten'), 'NOT_A_NUMBER'],
    ['a fraction in a whole-number cell', parseInteger('2.5'), 'NOT_A_WHOLE_NUMBER'],
    ['a whole number out of range', parseInteger(0, { min: 1, max: 99 }), 'OUT_OF_RANGE'],
    ['text in a money cell', parseMoney('about 5k'), 'NOT_A_NUMBER'],
    ['fractions of a fen', parseMoney('1.005'), 'TOO_MANY_DECIMALS'],
    ['a negative amount', parseMoney(-1), 'NEGATIVE_AMOUNT'],
    ['a percentage above 100', parsePercent('120%'), 'PERCENT_OUT_OF_RANGE'],
    ['an unknown code', parseCode('X', MECHANICS), 'UNKNOWN_CODE'],
    ['an error value', parseText(errorCell), 'CELL_ERROR'],
  ])('%s', (_name, result, code) => {
    expect(result).toEqual({ ok: false, message: expect.any(String), code });
  });
});
