package vn.ward57.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.common.error.InvalidInputException;

/**
 * One XML part of a workbook, its bytes through a small state machine (text, a tag, CDATA, a comment, a
 * declaration) that counts the text of the cell or shared string it is in, for {@link XlsxCells}. Runs of
 * text and the tags of no interest are passed in tight loops: the pass takes a fraction of the reading.
 */
final class XlsxCellScan {

    private static final Pattern REF = Pattern.compile("\\br\\s*=\\s*[\"']([A-Za-z]{1,3}\\d{1,7})[\"']");

    private enum State { TEXT, TAG, BANG, CDATA, COMMENT, SKIP }

    private final int limit;
    private State state = State.TEXT;
    private boolean inside;          // within a cell or a shared string
    private int count;               // its text so far, in bytes
    private final byte[] cellAttributes = new byte[100];   // the cell's attributes, for its reference
    private int cellAttributesLength = -1;                 // -1 within a shared string
    private final byte[] name = new byte[4];
    private int nameLength;
    private boolean nameDone;
    private boolean first;
    private boolean closing;
    private int quote;
    private int previous;
    private int ends;                // "]]>" or "-->" matched so far
    private final byte[] attributes = new byte[100];
    private int attributesLength;

    XlsxCellScan(int limit) {
        this.limit = limit;
    }

    void read(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            int i = 0;
            while (i < n) {
                if (state == State.TEXT && buffer[i] != '<') {
                    // text runs to the next tag: counted in one step
                    int from = i;
                    while (i < n && buffer[i] != '<') {
                        i++;
                    }
                    if (inside && (count += i - from) > limit) {
                        throw tooLarge(cell());
                    }
                } else if (state == State.TAG && nameDone) {
                    i = restOfTag(buffer, i, n);
                } else {
                    next(buffer[i++] & 0xFF);
                }
            }
        }
    }

    /** Whether the tag being read is a cell's (c) or a shared string's (si), closing or not. */
    private boolean named() {
        return nameLength == 1 && name[0] == 'c' || nameLength == 2 && name[0] == 's' && name[1] == 'i';
    }

    private void next(int b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.TAG;
                    nameLength = 0;
                    nameDone = false;
                    first = true;
                    closing = false;
                    quote = 0;
                    previous = 0;
                    attributesLength = 0;
                } else {
                    text();
                }
            }
            case TAG -> tag(b);
            case BANG -> state = b == '[' ? State.CDATA : b == '-' ? State.COMMENT : State.SKIP;
            case CDATA, COMMENT -> {
                int closer = state == State.CDATA ? ']' : '-';
                if (state == State.CDATA) {
                    text();
                }
                if (b == '>' && ends >= 2) {
                    state = State.TEXT;
                }
                ends = b == closer ? ends + 1 : 0;
            }
            case SKIP -> state = b == '>' ? State.TEXT : State.SKIP;
        }
    }

    private void text() {
        if (inside && ++count > limit) {
            throw tooLarge(cell());
        }
    }

    /** The reference of the cell being read, from its attributes (read only when refusing). */
    private String cell() {
        if (cellAttributesLength < 0) {
            return null;
        }
        Matcher ref = REF.matcher(new String(cellAttributes, 0, cellAttributesLength, StandardCharsets.ISO_8859_1));
        return ref.find() ? ref.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    private void tag(int b) {
        if (first) {
            first = false;
            if (b == '/' || b == '!' || b == '?') {
                closing = b == '/';
                state = b == '!' ? State.BANG : b == '?' ? State.SKIP : State.TAG;
                ends = 0;
                return;
            }
        }
        if (b == '>') {
            end(false);
            state = State.TEXT;
        } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
            nameDone = true;                          // the rest: restOfTag
            previous = b;
        } else if (b == ':') {
            nameLength = 0;                           // a namespace prefix: x:c is a c
        } else if (nameLength < name.length) {
            name[nameLength++] = (byte) b;
        } else {
            nameLength = name.length + 1;             // longer than any name looked for
        }
    }

    /**
     * The rest of a tag after its name, to its end (minding quoted values); a cell's attributes are kept for
     * its reference. Answers where it stopped.
     */
    private int restOfTag(byte[] buffer, int i, int n) {
        boolean keep = named();
        for (; i < n; i++) {
            int b = buffer[i];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                if (keep) {
                    end(previous == '/');
                }
                state = State.TEXT;
                return i + 1;
            }
            if (keep && attributesLength < attributes.length) {
                attributes[attributesLength++] = (byte) b;
            }
            previous = b;
        }
        return i;
    }

    /** A tag ended: a cell or shared string opens or closes. */
    private void end(boolean selfClosing) {
        boolean isCell = nameLength == 1 && name[0] == 'c';
        boolean isShared = nameLength == 2 && name[0] == 's' && name[1] == 'i';
        if (!isCell && !isShared) {
            return;
        }
        if (closing) {
            inside = false;
        } else if (!selfClosing) {
            inside = true;
            count = 0;
            System.arraycopy(attributes, 0, cellAttributes, 0, attributesLength);
            cellAttributesLength = isCell ? attributesLength : -1;
        }
    }

    /** The refusal: where the cell is when a sheet tells (a shared string's cell is known only later). */
    private static InvalidInputException tooLarge(String cell) {
        return cell == null
                ? new InvalidInputException("tablefile.cell-too-large-unplaced", "file", CellLimit.kilobytes())
                : new InvalidInputException("tablefile.cell-too-large", "file", CellLimit.kilobytes(), cell);
    }
}
