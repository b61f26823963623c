package vn.ward57.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * What a person should never read on a page: a raw enum name, an ISO period code or date, a unit's or a
 * procedure's code without its name, a time in UTC, a message key Thymeleaf did not find, or the other
 * language's words. Only visible text counts: the page's title and its body without scripts, styles,
 * templates, hidden inputs and attributes. Each finding is "kind: token «context»".
 */
final class PageFindings {

    /** Outside a word: letters, digits and the joints of codes and document numbers ("70/KH-UBND"). */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_/.:-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_/:-])";
    private static final Pattern UPPER_WORD = Pattern.compile(BEFORE + "[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*" + AFTER);
    private static final Pattern PERIOD = Pattern.compile(
            BEFORE + "(?:\\d{4}-(?:0[1-9]|1[0-2])C?|\\d{4}Q[1-4]|\\d{4}S[12])" + AFTER);
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\p{N}-])\\d{4}-\\d{2}-\\d{2}(?!\\p{N})");
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    /** A value the template wrote without looking: "Người gửi: null". */
    private static final Pattern NULL = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:null|undefined|NaN)(?![\\p{L}\\p{N}_])");
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\p{N}_/.-])[\\p{L}\\p{N}]+(?:[.-][\\p{L}\\p{N}]+)+"
            + "(?![\\p{L}\\p{N}_/-])");
    /** Words of the Vietnamese interface that an English page must not show (outside the records' own text). */
    private static final Pattern VIETNAMESE = Pattern.compile("(?<!\\p{L})(?:Tháng|Quý|Năm|Phường|[Bb]áo cáo|Kỳ|kỳ"
            + "|tháng đầu năm|Lưu|Xóa|Hủy|Tìm kiếm|Đơn vị|đơn vị|Không có)(?!\\p{L})");
    /** Words of an English interface that a Vietnamese page must not show. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<!\\p{L})(?:Save|Delete|Cancel|Search|Edit|Submit|Download|Upload|Loading|Back|Next|None)(?!\\p{L})");
    /** Upper-case words that are the way Vietnamese writes them, not an enum's name. */
    private static final Set<String> ACRONYMS = Set.of("UBND", "KHCN", "ĐMST", "PAKN", "TTHC", "DVCTT", "BCCI", "SKGP",
            "HĐND", "MTTQ", "VNEID", "PVHCC", "CNTT", "DOCX", "XLSX", "HTML", "JSON", "HTTP", "HTTPS", "OPEN", "ECHARTS");

    /** The names an enum of the app's own may carry, that a page shows as words instead. */
    private final Set<String> enumNames;
    /** An-hai's unit and procedure codes with their names. */
    private final Map<String, String> unitNames;
    private final Map<String, String> procedureNames;
    /** The records' own text (names, titles), in which the other language's words are not the interface's. */
    private final List<String> recordTexts;
    private final Pattern utcTime;
    /** The record texts holding a word, by word. */
    private final Map<String, List<String>> recordTextsWith = new java.util.HashMap<>();

    PageFindings(Set<String> enumNames, Map<String, String> unitNames, Map<String, String> procedureNames,
                 List<String> recordTexts, String utcTime) {
        this.enumNames = enumNames;
        this.unitNames = unitNames;
        this.procedureNames = procedureNames;
        this.recordTexts = recordTexts;
        this.utcTime = Pattern.compile("(?<![\\p{N}:])" + Pattern.quote(utcTime) + "(?!\\p{N})");
    }

    /** The text a person reads: the title and the body's text, without scripts, styles and attributes. */
    static Document visible(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, template, input[type=hidden]").remove();
        return page;
    }

    /** The findings of a page in its language ("en" or "vi"). */
    List<String> of(String html, String language) {
        Document page = visible(html);
        List<String> findings = new ArrayList<>();
        check(page.title(), page.head(), language, findings);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && node.parent() instanceof Element parent) {
                check(text.text(), parent, language, findings);
            }
        }, page.body());
        return findings;
    }

    private void check(String text, Element parent, String language, List<String> findings) {
        if (parent.closest("[translate=no]") != null) {
            return;   // a value as a file or a person wrote it (HTML's "do not translate"): data, not the page's words
        }
        find(MISSING_KEY, text, "untranslated key", findings);
        find(NULL, text, "null shown", findings);
        find(PERIOD, text, "period code", findings);
        find(ISO_DATE, text, "ISO date", findings);
        Matcher upper = UPPER_WORD.matcher(text);
        while (upper.find()) {
            String word = upper.group();
            boolean snake = word.contains("_");
            // a catalogue code in <code> beside its name, or a code followed by its name: "CAMERA (Camera)"
            boolean shownAsCode = parent.closest("code") != null || text.startsWith(" (", upper.end());
            if (!shownAsCode && (snake || word.length() >= 4 && enumNames.contains(word) && !ACRONYMS.contains(word))) {
                findings.add("enum name: " + word + " «" + context(text, upper) + "»");
            }
        }
        find(utcTime, text, "UTC time", findings);
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            nameless(code.group(), unitNames, "unit code", parent, findings, text, code);
            nameless(code.group(), procedureNames, "procedure code", parent, findings, text, code);
        }
        // a text the page marks as Vietnamese by nature (lang="vi": Decree 30's names, DOMAIN.md's definitions, a
        // report's own title) is Vietnamese in either interface
        Element marked = parent.closest("[lang]");
        boolean vietnameseByNature = language.equals("en") && marked != null && marked.attr("lang").equals("vi");
        Matcher other = (language.equals("en") ? VIETNAMESE : ENGLISH).matcher(text);
        while (!vietnameseByNature && other.find()) {
            if (!inRecordText(text, other.group(), other.start(), other.end())) {
                findings.add((language.equals("en") ? "Vietnamese in English: " : "English in Vietnamese: ")
                        + other.group() + " «" + context(text, other) + "»");
            }
        }
    }

    /** A code standing without its name: neither its element nor the row, item or line around it has the name. */
    private static void nameless(String token, Map<String, String> names, String kind, Element parent,
                                 List<String> findings, String text, Matcher at) {
        String name = names.get(token);
        if (name == null) {
            return;
        }
        Element around = parent.closest("tr, li, option, p, dd, dt, h1, h2, h3, h4, label, caption, legend, summary");
        Element row = around == null ? parent : around;
        // a name in a field of the row (the units' register edits it in place) is read as well
        String seen = (row.text() + " " + String.join(" ", row.select("input:not([type=hidden])").eachAttr("value")))
                .toLowerCase(Locale.ROOT);
        if (!seen.contains(name.toLowerCase(Locale.ROOT))) {
            findings.add(kind + ": " + token + " «" + context(text, at) + "»");
        }
    }

    private boolean inRecordText(String text, String word, int start, int end) {
        List<String> with = recordTextsWith.computeIfAbsent(word,
                w -> recordTexts.stream().filter(r -> r.contains(w)).toList());
        for (String record : with) {
            for (int at = text.indexOf(record); at >= 0; at = text.indexOf(record, at + 1)) {
                if (at <= start && at + record.length() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void find(Pattern pattern, String text, String kind, List<String> findings) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            findings.add(kind + ": " + m.group() + " «" + context(text, m) + "»");
        }
    }

    private static String context(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)).strip()
                .replaceAll("\\s+", " ");
    }
}
