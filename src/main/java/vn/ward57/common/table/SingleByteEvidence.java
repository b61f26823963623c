package vn.ward57.common.table;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a file that is not UTF-8, weighed: Windows-1258 and Windows-1252 agree on all but a few
 * (Ă ă Đ đ Ơ ơ Ư ư ₫ and five combining tone marks in 1258, where 1252 has Ã ã Ð ð Õ õ Ý ý Þ þ Ì ì Ò ò),
 * and TCVN3 puts its Vietnamese letters where both have symbols (¨ © ª « ¬ µ ¶ …) between letters.
 */
final class SingleByteEvidence {

    enum Verdict { WINDOWS_1258, WINDOWS_1252, TCVN3, MIXED, UNKNOWN }

    private long undefined;        // bytes neither Windows encoding has
    private long only1252;         // Š Ž š ž: 1258 has none
    private long toneMarks;        // 1258's combining marks after a letter
    private long looseMarks;       // the same bytes where no letter stands before: not 1258
    private long vietnameseLetters; // Đ đ Ơ ơ Ư ư in 1258
    private long tcvn;             // a symbol of 0xA1–0xBF against a letter
    private boolean symbolPending;
    private int previous = '\n';

    void read(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                next(buffer[i] & 0xFF);
            }
        }
    }

    private void next(int b) {
        if (symbolPending && asciiLetter(b)) {
            tcvn++;
        }
        symbolPending = false;
        if (b >= 0x80) {
            switch (b) {
                case 0x81, 0x8D, 0x8F, 0x90, 0x9D -> undefined++;
                case 0x8A, 0x8E, 0x9A, 0x9E -> only1252++;
                case 0xCC, 0xD2, 0xDE, 0xEC, 0xF2 -> {
                    if (letter(previous)) {
                        toneMarks++;
                    } else {
                        looseMarks++;
                    }
                }
                case 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD -> vietnameseLetters++;
                default -> {
                    if (b >= 0xA1 && b <= 0xBF) {
                        if (asciiLetter(previous)) {
                            tcvn++;
                        } else {
                            symbolPending = true;
                        }
                    }
                }
            }
        }
        previous = b;
    }

    Verdict verdict() {
        long vietnamese = toneMarks + vietnameseLetters;
        if (undefined > 0) {
            return Verdict.UNKNOWN;
        }
        if (tcvn > 0 && tcvn >= vietnamese) {
            return Verdict.TCVN3;
        }
        if (vietnamese > 0) {
            return looseMarks == 0 && only1252 == 0 ? Verdict.WINDOWS_1258 : Verdict.MIXED;
        }
        return looseMarks == 0 ? Verdict.WINDOWS_1252 : Verdict.MIXED;
    }

    private static boolean asciiLetter(int b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    /** A letter a tone mark may follow: an ASCII one, or a letter of 1258's upper half (not a mark itself). */
    private static boolean letter(int b) {
        return asciiLetter(b) || b >= 0xC0 && b != 0xCC && b != 0xD2 && b != 0xDE && b != 0xEC && b != 0xF2
                && b != 0xD7 && b != 0xF7;
    }
}
