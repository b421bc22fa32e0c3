import { describe, expect, it } from 'vitest';
import { attachment } from '../src/http/content-disposition.js';
import { serverMessages } from '../src/messages/index.js';
import { translations } from '../../widget/src/translations/index.js';

describe('Content-Disposition of downloads', () => {
  it('quotes a plain ASCII name as it is, with no filename*', () => {
    expect(attachment('tilbud-T-2026-0042.pdf')).toBe(
      'attachment; filename="tilbud-T-2026-0042.pdf"',
    );
    expect(attachment('indicative-offer-2027-01-05.pdf')).toBe(
      'attachment; filename="indicative-offer-2027-01-05.pdf"',
    );
  });

  it('gives a non-ASCII name as RFC 6266 filename* (UTF-8) after an ASCII stand-in', () => {
    expect(attachment('tilbud-Ærø-Kommune.pdf')).toBe(
      `attachment; filename="tilbud-_r_-Kommune.pdf"; filename*=UTF-8''tilbud-%C3%86r%C3%B8-Kommune.pdf`,
    );
    // Characters outside RFC 8187's attr-char are percent-encoded, one astral letter is one `_`.
    expect(attachment("tilbud (1) 'å' 📄*.pdf")).toBe(
      `attachment; filename="tilbud (1) '_' _*.pdf"; filename*=UTF-8''tilbud%20%281%29%20%27%C3%A5%27%20%F0%9F%93%84%2A.pdf`,
    );
  });

  it('keeps quotes, backslashes, line breaks and lone surrogates out of the header', () => {
    const header = attachment('a"b\\c\r\nd\ud800.pdf');
    expect(header).toBe('attachment; filename="a_b_c__d_.pdf"');
    expect(header).not.toMatch(/[\r\n]/);
  });

  it('names a draft as the widget names its own, in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      expect(serverMessages[locale].pdfDraftFileName('2027-01-05')).toBe(
        translations[locale].pdfDraftFileName('2027-01-05'),
      );
    }
  });
});
