package vn.ward57.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Vietnamese words compared as the writer meant them: lower case, one spelling of the tone marks ("hoá" and
 * "hóa", "uỷ" and "ủy", "tỉ lệ" and "tỷ lệ"), the administrative abbreviations spelt out (TTHC, PAKN, …).
 */
final class Words {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Old-style tone placement → the new style the glossary uses. */
    private static final Map<String, String> TONES = Map.ofEntries(
            Map.entry("oá", "óa"), Map.entry("oà", "òa"), Map.entry("oả", "ỏa"), Map.entry("oã", "õa"),
            Map.entry("oạ", "ọa"), Map.entry("uý", "úy"), Map.entry("uỳ", "ùy"), Map.entry("uỷ", "ủy"),
            Map.entry("uỹ", "ũy"), Map.entry("uỵ", "ụy"), Map.entry("oé", "óe"), Map.entry("oè", "òe"));

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("tthc", "thủ tục hành chính"), Map.entry("dvctt", "dịch vụ công trực tuyến"),
            Map.entry("dvc", "dịch vụ công"), Map.entry("pakn", "phản ánh kiến nghị"),
            Map.entry("skgp", "sáng kiến giải pháp"), Map.entry("cbccvc", "cán bộ công chức viên chức"),
            Map.entry("cbcc", "cán bộ công chức"), Map.entry("bcci", "bưu chính công ích"),
            Map.entry("tdp", "tổ dân phố"), Map.entry("cnscđ", "công nghệ số cộng đồng"),
            Map.entry("cntt", "công nghệ thông tin"), Map.entry("cđs", "chuyển đổi số"),
            Map.entry("cds", "chuyển đổi số"), Map.entry("pvhcc", "phục vụ hành chính công"));

    /** The old-style endings at a syllable's end ("hoá" → "hóa", but "toàn" stays), compiled once: a check reads often. */
    private static final Pattern OLD_TONE = Pattern.compile("(" + String.join("|", TONES.keySet()) + ")(?!\\p{L})");
    private static final Pattern TI = Pattern.compile("(?<![\\p{L}])tỉ(?![\\p{L}])");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** A lexicon's phrases, padded as {@link #phrase} pads them; bounded, though they are a few hundred. */
    private static final Map<String, String> PHRASES = new ConcurrentHashMap<>();

    private Words() {
    }

    /** Lower case, NFC, tone placement unified, "tỉ" → "tỷ". */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VI);
        s = OLD_TONE.matcher(s).replaceAll(m -> TONES.get(m.group(1)));
        return TI.matcher(s).replaceAll("tỷ");
    }

    /** The syllables of a text, normalised, abbreviations spelt out, punctuation and digits dropped. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : NON_LETTERS.split(normalize(text))) {
            if (raw.isEmpty()) {
                continue;
            }
            String full = ABBREVIATIONS.get(raw);
            out.addAll(full == null ? List.of(raw) : Arrays.asList(full.split(" ")));
        }
        return out;
    }

    /** The tokens joined by single spaces, padded, so " cấp xã " finds a phrase on word boundaries. */
    static String phrase(String text) {
        return " " + String.join(" ", tokens(text)) + " ";
    }

    static boolean containsPhrase(String paddedTokens, String phrase) {
        String padded = PHRASES.get(phrase);
        if (padded == null) {
            padded = phrase(phrase);
            if (PHRASES.size() < 10_000) {
                PHRASES.put(phrase, padded);
            }
        }
        return paddedTokens.contains(padded);
    }
}
