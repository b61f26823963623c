package vn.ward57.user.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ward57.common.error.InvalidInputException;

/**
 * What a new password must be (on create, on change by a manager, for the first administrator):
 * at least {@link #MIN_LENGTH} characters, counted as letters and not bytes (ệ is one character);
 * not one of the passwords people choose most, nor a trivial pattern (digits only, few different
 * characters, a repeated group, a run of the alphabet or the keyboard); and not containing the
 * username or the person's name. Letters are compared without case and diacritics.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ENDS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MIN_DIFFERENT = 4;
    private static final int MIN_NAME_PART = 4;
    /** Rows and columns of the keyboard and the alphabet; a password inside one of them, either way, is a walk. */
    private static final List<String> WALKS = Stream.of("abcdefghijklmnopqrstuvwxyz", "01234567890",
                    "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "1q2w3e4r5t6y7u8i9o0p",
                    "qazwsxedcrfvtgbyhnujmikolp", "zaq1xsw2cde3vfr4bgt5nhy6mju7ki8lo9p0")
            .flatMap(w -> Stream.of(w, new StringBuilder(w).reverse().toString())).toList();

    private final Set<String> common;

    PasswordPolicy() {
        this(new ClassPathResource("user/common-passwords.txt"));
    }

    PasswordPolicy(ClassPathResource list) {
        try {
            common = list.getContentAsString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(PasswordPolicy::core).filter(c -> !c.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses the password with the reason, for the field "password". */
    void check(String password, String username, String fullName) {
        String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
        if (nfc.codePointCount(0, nfc.length()) < MIN_LENGTH) {
            throw new InvalidInputException("user.password-short", "password", MIN_LENGTH);
        }
        if (isCommon(nfc)) {
            throw new InvalidInputException("user.password-common", "password");
        }
        if (isPersonal(nfc, username, fullName)) {
            throw new InvalidInputException("user.password-personal", "password");
        }
    }

    private boolean isCommon(String password) {
        String plain = plain(password).replaceAll("\\s+", "");
        String core = core(password);
        return core.isEmpty() || common.contains(core)
                || plain.codePoints().distinct().count() < MIN_DIFFERENT
                || isRepeatedGroup(plain)
                || WALKS.stream().anyMatch(w -> w.contains(NOT_ALNUM.matcher(plain).replaceAll("")));
    }

    private static boolean isPersonal(String password, String username, String fullName) {
        String compact = alnum(password);
        return Stream.concat(parts(username, "[._-]+"), parts(fullName, "\\s+"))
                .anyMatch(part -> part.length() >= MIN_NAME_PART && compact.contains(part));
    }

    /** The whole name and each of its words, in letters and digits only. */
    private static Stream<String> parts(String name, String separator) {
        if (name == null || name.isBlank()) {
            return Stream.empty();
        }
        return Stream.concat(Stream.of(alnum(name)), Arrays.stream(name.split(separator)).map(PasswordPolicy::alnum));
    }

    private static boolean isRepeatedGroup(String s) {
        for (int size = 1; size <= s.length() / 2; size++) {
            if (s.length() % size == 0 && s.equals(s.substring(0, size).repeat(s.length() / size))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without diacritics (đ as d). */
    private static String plain(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    /** Without spaces, and without the digits and signs people put before or after a word. */
    private static String core(String s) {
        return ENDS.matcher(plain(s).replaceAll("\\s+", "")).replaceAll("");
    }

    private static String alnum(String s) {
        return NOT_ALNUM.matcher(plain(s)).replaceAll("");
    }
}
