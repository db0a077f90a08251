import DecimalJs from 'decimal.js';
import {
  allocateLargestRemainder,
  Decimal,
  formatMoney,
  parseMoney,
  roundMoney,
} from '../../../server/src/pricing/money';

const d = (text: string) => new Decimal(text);
const texts = (parts: Decimal[]) => parts.map((part) => part.toFixed(2));

describe('roundMoney: half-up to 2 decimals (四舍五入)', () => {
  test.each([
    ['0.145', '0.15'],
    ['0.144', '0.14'],
    ['0.135', '0.14'],
    // 2.675 and 1.005 are just below the tie in binary floating point; decimals keep the tie.
    ['2.675', '2.68'],
    ['1.005', '1.01'],
    ['10.49895', '10.50'],
    ['-0.145', '-0.15'],
    ['800', '800.00'],
  ])('%s → %s', (input, expected) => {
    expect(roundMoney(d(input)).toFixed(2)).toBe(expected);
  });
});

describe('formatMoney', () => {
  test.each([
    ['800', '800.00'],
    ['2.9', '2.90'],
    ['0.005', '0.01'],
    ['-0.001', '0.00'],
    ['1234567.891', '1234567.89'],
  ])('%s → %s', (input, expected) => {
    expect(formatMoney(d(input))).toBe(expected);
  });
});

describe('parseMoney', () => {
  test.each([
    ['800', '800'],
    ['800.00', '800'],
    [' 2.9 ', '2.9'],
    ['-1.25', '-1.25'],
  ])('reads %j', (input, expected) => {
    expect(parseMoney(input).toString()).toBe(expected);
  });

  test.each(['', 'abc', '1.234', '1,000.00', '1e3', '.5', '¥5'])('refuses %j', (input) => {
    expect(() => parseMoney(input)).toThrow(RangeError);
  });
});

describe('the local Decimal clone', () => {
  test('leaves the global decimal.js configuration alone', () => {
    expect(DecimalJs.precision).toBe(20);
    expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(40);
  });
});

describe('allocateLargestRemainder', () => {
  test.each<[string, string, string[], string[]]>([
    [
      'equal thirds: the extra fen to the earliest',
      '100.00',
      ['1', '1', '1'],
      ['33.34', '33.33', '33.33'],
    ],
    ['pro rata, exact', '30.00', ['60', '30', '10'], ['18.00', '9.00', '3.00']],
    ['largest remainder wins the fen', '10.01', ['50', '30', '20'], ['5.01', '3.00', '2.00']],
    ['remainder tie: larger weight first', '0.02', ['1', '3'], ['0.00', '0.02']],
    [
      'remainder tie, equal weights: earlier index',
      '0.02',
      ['1', '1', '1'],
      ['0.01', '0.01', '0.00'],
    ],
    ['one fen over two equal weights', '0.01', ['5', '5'], ['0.01', '0.00']],
    ['a zero weight gets nothing', '1.00', ['0', '1'], ['0.00', '1.00']],
    ['all-zero weights split equally', '0.03', ['0', '0'], ['0.02', '0.01']],
    ['decimal weights', '33.33', ['100.00', '200.00', '33.33'], ['10.00', '20.00', '3.33']],
    ['negative total mirrors the positive', '-0.05', ['1', '1'], ['-0.03', '-0.02']],
    ['zero total', '0.00', ['2', '3'], ['0.00', '0.00']],
  ])('%s: %s over %j', (_name, total, weights, expected) => {
    const parts = allocateLargestRemainder(d(total), weights.map(d));
    expect(texts(parts)).toEqual(expected);
    expect(parts.reduce((sum, part) => sum.plus(part), d('0')).toFixed(2)).toBe(
      d(total).toFixed(2),
    );
  });

  test('parts sum exactly and each is within one fen of its exact share', () => {
    const cases: [string, string[]][] = [
      ['999.99', ['1', '2', '3', '4', '5', '6', '7']],
      ['0.07', ['3', '3', '3', '3', '3', '3', '3', '3', '3', '3']],
      ['12345.67', ['0.01', '99999.99', '1234.5']],
    ];
    for (const [total, weights] of cases) {
      const parts = allocateLargestRemainder(d(total), weights.map(d));
      const weightSum = weights.reduce((sum, weight) => sum.plus(weight), d('0'));
      expect(parts.reduce((sum, part) => sum.plus(part), d('0')).equals(d(total))).toBe(true);
      parts.forEach((part, index) => {
        const exact = d(total).times(weights[index]).dividedBy(weightSum);
        expect(part.minus(exact).abs().lt('0.01')).toBe(true);
      });
    }
  });

  test('no weights and a zero total give no parts', () => {
    expect(allocateLargestRemainder(d('0'), [])).toEqual([]);
  });

  test.each<[string, string, string[]]>([
    ['more than 2 decimals', '1.001', ['1']],
    ['a negative weight', '1.00', ['1', '-1']],
    ['no weights for a non-zero total', '1.00', []],
  ])('refuses %s', (_name, total, weights) => {
    expect(() => allocateLargestRemainder(d(total), weights.map(d))).toThrow(RangeError);
  });
});
